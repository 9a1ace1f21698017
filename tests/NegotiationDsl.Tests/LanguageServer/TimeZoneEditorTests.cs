using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Times and zones in the editor (language.md §21.5): hover, inlay hints, completion and semantic tokens.</summary>
public sealed class TimeZoneEditorTests
{
    private const string Text =
        "party A;\n" +
        "minsk: meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk with A <\n" +
        "  A says \"begun\" on 2015-02-12 at 09:00;\n" +
        ">\n" +
        "A says \"ceasefire\" on 2015-02-15 at 00:00 Europe/Kyiv;\n" +
        "A says \"noon\" on 2015-02-15 at 12:00 UTC;\n";

    [Fact]
    public async Task Hovering_a_zoned_date_shows_the_time_with_its_offset_and_in_utc()
    {
        var card = await HoverCard("2015-02-15 at 00:00", offset: 2);

        Assert.Contains("**2015-02-15**", card, System.StringComparison.Ordinal);
        Assert.Contains("at **2015-02-15 00:00 Europe/Kyiv** (UTC+02:00), 2015-02-14 22:00 UTC", card, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hovering_an_overnight_meeting_shows_its_start_and_end()
    {
        var card = await HoverCard("minsk:", offset: 1);

        Assert.Contains("- from **2015-02-11 19:00 Europe/Minsk** (UTC+03:00), 2015-02-11 16:00 UTC", card, System.StringComparison.Ordinal);
        Assert.Contains("- until **2015-02-12 10:45 Europe/Minsk** (UTC+03:00), 2015-02-12 07:45 UTC", card, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inlay_hints_give_zoned_times_in_utc_and_the_zone_a_time_took_from_its_meeting()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/times.neg", Text);

        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(100, 0))));

        Assert.Contains(hints, hint => hint.Label == "= 2015-02-11 16:00 UTC..2015-02-12 07:45 UTC");
        Assert.Contains(hints, hint => hint.Label == "= 2015-02-12 06:00 UTC (Europe/Minsk)");
        Assert.Contains(hints, hint => hint.Label == "= 2015-02-14 22:00 UTC");
        Assert.Contains(hints, hint => hint.Label == "= 2015-02-15 12:00 UTC");
    }

    [Fact]
    public async Task After_a_time_of_day_the_zone_ids_are_offered()
    {
        const string text = "party A;\nA says \"x\" on 2015-02-15 at 00:00 ";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/zones.neg", text);

        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(1, text.Length - "party A;\n".Length)));

        Assert.Contains(list.Items, item => item.Label == "Europe/Kyiv" && item.Kind == CompletionItemKind.Constant);
        Assert.Contains(list.Items, item => item.Label == "UTC");
        Assert.DoesNotContain(list.Items, item => item.Label == "Europe/Kiev");
    }

    [Fact]
    public async Task Zones_are_coloured_as_part_of_their_date()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/times.neg", Text);
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();

        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        Assert.Equal(("date", 11), (tokens[LspTestClient.PositionOf(Text, "Europe/Kyiv")].Type, tokens[LspTestClient.PositionOf(Text, "Europe/Kyiv")].Length));
        Assert.Equal("date", tokens[LspTestClient.PositionOf(Text, "UTC")].Type);
        Assert.Equal("number", tokens[LspTestClient.PositionOf(Text, "00:00")].Type);
    }

    /// <summary>The hover at the needle; record text is escaped for Markdown (a colon is written \:), unescaped here to read the times.</summary>
    private static async Task<string> HoverCard(string needle, int offset)
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/times.neg", Text);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Text, needle, offset: offset)));
        return hover!.Contents.Value.Replace("\\:", ":", System.StringComparison.Ordinal);
    }
}
