using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>A fuzzy deadline without a policy in the editor: the card keeps the word and the state a fulfilment gives (docs/language.md, section 11).</summary>
public sealed class FuzzyDeadlineEditorTests
{
    private const string Record =
        "party USA;\nparty Russia;\n" +
        "allies: USA commits \"talks with partners and allies\" to Russia by soon on 2022-01-21;\n" +
        "USA fulfils allies on 2022-01-24;\n";

    [Fact]
    public async Task Hovering_the_commitment_shows_the_word_as_written_and_fulfilled()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/fuzzy/record.neg", Record);

        var card = (await HoverTests.Hover(client, uri, LspTestClient.PositionOf(Record, "allies:", offset: 1))).Contents.Value;
        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(100, 0))));

        Assert.Contains("- deadline: `soon` (not resolved to a date)", card, System.StringComparison.Ordinal);
        Assert.Contains("**fulfilled**", card, System.StringComparison.Ordinal);
        Assert.DoesNotContain(hints, hint => hint.Position == LspTestClient.PositionOf(Record, "soon", offset: "soon".Length));
    }
}
