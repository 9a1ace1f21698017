using System.IO;
using System.Threading.Tasks;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class HoverTests
{
    private static readonly string Geneva = File.ReadAllText(LspTestClient.GenevaPath);

    [Fact]
    public async Task Hovering_next_week_in_the_geneva_record_shows_the_week_after_the_meeting()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var hover = await Hover(client, uri, LspTestClient.PositionOf(Geneva, "by next_week", offset: 5));

        Assert.Contains("2022-01-24 to 2022-01-30", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("2022-01-21", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal(LspTestClient.PositionOf(Geneva, "by next_week", offset: 3), hover.Range!.Start);
    }

    [Fact]
    public async Task Hovering_a_person_shows_the_card_with_full_name_office_and_affiliation()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var hover = await Hover(client, uri, LspTestClient.PositionOf(Geneva, "Blinken commits", offset: 2));

        Assert.Contains("**Antony Blinken**", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("Secretary of State of United States of America, from 2021-01-26", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("affiliation: United States of America", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal("markdown", hover.Contents.Kind);
    }

    [Fact]
    public async Task Hovering_a_commitment_shows_its_deadline_and_state()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var onLabel = await Hover(client, uri, LspTestClient.PositionOf(Geneva, "written_response:", offset: 1));
        var onVerb = await Hover(client, uri, LspTestClient.PositionOf(Geneva, "written_response: Blinken commits", offset: 28));

        Assert.Contains("deadline: 2022-01-24 to 2022-01-30 (week)", onLabel.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("**fulfilled**", onLabel.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("fulfilment on 2022-01-26 by USA", onLabel.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal(onLabel.Contents.Value, onVerb.Contents.Value);
    }

    [Fact]
    public async Task Hovering_a_party_or_whitespace()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var party = await Hover(client, uri, LspTestClient.PositionOf(Geneva, "party West", offset: 7));
        var nothing = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, new LspPosition(0, 0)));

        Assert.Contains("**the West** (bloc `West`)", party.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("members: United States of America, North Atlantic Treaty Organization", party.Contents.Value, System.StringComparison.Ordinal);
        Assert.Null(nothing);
    }

    private static async Task<Hover> Hover(LspTestClient client, string uri, LspPosition position) =>
        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, position)) ?? throw new Xunit.Sdk.XunitException("no hover");
}
