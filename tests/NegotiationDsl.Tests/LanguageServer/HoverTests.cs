using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
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

    /// <summary>
    /// Record text in a hover is text: no image that fetches a URL, no link, heading, code fence, raw HTML or
    /// extra line, and nothing hidden. Each card has the lines and Markdown shape it has for harmless text.
    /// </summary>
    [Fact]
    public async Task Record_text_in_a_hover_is_shown_as_text_never_as_markdown()
    {
        static string Record(System.Func<int, string> text) =>
            $"party P state {Literal(text(0))} code {Literal(text(1))} aka {Literal(text(2))};\n" +
            $"person Q {Literal(text(3))} office {Literal(text(4))} of P from 2022-01-01 aka {Literal(text(5))};\n" +
            $"m: meeting {Literal(text(6))} 2022-01-21 with P, Q <\n  c: Q commits {Literal(text(7))} to P by next_week;\n  s: Q says {Literal(text(8))};\n>\n" +
            $"t: talks {Literal(text(9))} 2022-01-20 with P < meeting Geneva 2022-01-20 < P says \"z\"; > >\n";
        static string Literal(string text) => NegotiationDsl.Tests.Infrastructure.HostileStrings.NegLiteral(text);
        var strings = NegotiationDsl.Tests.Infrastructure.HostileStrings.Values.Where(value => value.Length > 0).ToList();

        await using var client = await LspTestClient.StartAsync();
        for (var shift = 0; shift < strings.Count; shift += 10)
        {
            var hostile = Record(i => strings[(shift + i) % strings.Count]);
            var harmless = Record(i => "text " + i);
            var hostileUri = await client.OpenAsync(Path.Combine(Path.GetTempPath(), "hover", $"hostile{shift}.neg"), hostile);
            var harmlessUri = await client.OpenAsync(Path.Combine(Path.GetTempPath(), "hover", $"harmless{shift}.neg"), harmless);
            foreach (var (needle, offset) in new[] { ("party P", 6), ("person Q", 7), ("m: meeting", 0), ("c: Q", 0), ("s: Q", 0), ("t: talks", 0) })
            {
                var shown = (await Hover(client, hostileUri, LspTestClient.PositionOf(hostile, needle, offset: offset))).Contents.Value;
                var plain = (await Hover(client, harmlessUri, LspTestClient.PositionOf(harmless, needle, offset: offset))).Contents.Value;

                Assert.Equal(Reports.ReportHelper.MarkdownShape(plain), Reports.ReportHelper.MarkdownShape(shown));
                Assert.Equal(ListWords(plain), ListWords(shown));
                Assert.DoesNotMatch(@"(?<!\\)!\[", shown);
                Assert.DoesNotMatch(@"(?<!\\)\]\(", shown);
                Assert.DoesNotContain("<img", shown, System.StringComparison.Ordinal);
                Assert.DoesNotContain("<script", shown, System.StringComparison.Ordinal);
                Assert.Empty(NegotiationDsl.Tests.Infrastructure.HostileStrings.RawHidden(shown));
            }
        }
    }

    /// <summary>Outline names and details, completion details and diagnostic messages are plain text an editor shows on one line.</summary>
    [Fact]
    public async Task Plain_text_fields_show_hidden_characters_by_code()
    {
        var places = string.Concat(NegotiationDsl.Tests.Infrastructure.HostileStrings.Values.Select((place, i) =>
            $"meeting {NegotiationDsl.Tests.Infrastructure.HostileStrings.NegLiteral(place)} 2022-01-21 with P < P says \"{i}\"; >\n"));
        var text = "person P \"\u001B]0;owned\u0007 \u202Eevil\";\n" + places;

        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Path.Combine(Path.GetTempPath(), "plain", "hostile.neg"), text);
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length > 0);
        var symbols = await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));
        var other = await client.OpenAsync(Path.Combine(Path.GetTempPath(), "plain", "other.neg"), "P");
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(other, new LspPosition(0, 1)));

        Assert.Contains(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2008");
        var shown = published.Diagnostics.Select(d => d.Message)
            .Concat(symbols.SelectMany(s => new[] { s.Name, s.Detail ?? "" }))
            .Concat(completion.Items.Select(item => item.Detail ?? ""))
            .ToList();
        Assert.Contains(completion.Items, item => item.Label == "P");
        Assert.All(shown, field => Assert.Empty(NegotiationDsl.Tests.Infrastructure.HostileStrings.RawHidden(field)));
        Assert.All(shown, field => Assert.DoesNotContain('\n', field));
    }

    /// <summary>The first word after each list item's marker: the card's own, never record text (which could start a nested list or a quote).</summary>
    private static System.Collections.Generic.List<string> ListWords(string markdown) =>
        markdown.Split('\n').Where(line => line.StartsWith("- ", System.StringComparison.Ordinal)).Select(line => line.Split(' ')[1]).ToList();

    internal static async Task<Hover> Hover(LspTestClient client, string uri, LspPosition position) =>
        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, position)) ?? throw new Xunit.Sdk.XunitException("no hover");
}
