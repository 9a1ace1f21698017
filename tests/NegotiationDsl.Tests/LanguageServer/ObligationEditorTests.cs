using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>The editor with maintenance obligations, prohibitions and violations (docs/language.md, section 17).</summary>
public sealed class ObligationEditorTests
{
    private const string Record =
        "record \"r\" published 2015-02-12;\nparty Ukraine;\nparty DPR;\nparty OSCE;\n" +
        "ceasefire: Ukraine, DPR commit to keep \"a ceasefire\" from in 3 days until 2015-03-31;\n" +
        "border: Ukraine commits not to \"cross the line\";\n" +
        "OSCE says DPR violates ceasefire on 2015-02-16;\n" +
        "DPR violates ceasefire on 2015-02-18;\n";

    [Fact]
    public async Task Hovering_a_maintenance_obligation_shows_its_kind_period_and_violations()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/obligations/record.neg", Record);

        var card = (await HoverTests.Hover(client, uri, LspTestClient.PositionOf(Record, "ceasefire:", offset: 1))).Contents.Value;

        Assert.Contains("(a maintenance obligation)", card, System.StringComparison.Ordinal);
        Assert.Contains("- in force: from 2015-02-15 until 2015-03-31", card, System.StringComparison.Ordinal);
        Assert.Contains("**violated (2 violations, the last on 2015-02-18)**", card, System.StringComparison.Ordinal);
        Assert.Contains("- violation on 2015-02-16 by DPR, reported by OSCE", card, System.StringComparison.Ordinal);
        Assert.DoesNotContain("deadline", card, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_not_and_violates_are_keywords_and_the_period_gets_an_inlay_hint()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/obligations/record.neg", Record);
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();

        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);
        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(100, 0))));

        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Record, "keep")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Record, "not to")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Record, "violates ceasefire on 2015-02-18")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(Record, "ceasefire on 2015-02-18")].Type);
        Assert.Equal("2015-02-15", Assert.Single(hints, hint => hint.Position == LspTestClient.PositionOf(Record, "in 3 days", offset: "in 3 days".Length)).Label);
    }

    [Fact]
    public async Task Violates_completes_commitment_labels_and_the_label_is_found_and_renamed_through_it()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Record + "DPR violates ";
        var uri = await client.OpenAsync("/virtual/obligations/record.neg", text);

        var end = NegotiationDsl.Text.SourceText.From(text).GetLinePosition(text.Length);
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(end.Line, end.Character)));
        var definition = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(text, "ceasefire on 2015-02-18", offset: 2)));
        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(text, "ceasefire:", offset: 1), "truce"));

        Assert.Contains(completion.Items, item => item.Label == "ceasefire");
        Assert.Contains(completion.Items, item => item.Label == "border");
        Assert.Equal(LspTestClient.PositionOf(text, "ceasefire:"), Assert.Single(definition).Range.Start);
        var renamed = RenameTests.Apply(text, edit.Changes[uri]);
        Assert.Contains("OSCE says DPR violates truce on 2015-02-16;", renamed, System.StringComparison.Ordinal);
        Assert.Contains("DPR violates truce on 2015-02-18;", renamed, System.StringComparison.Ordinal);
    }
}
