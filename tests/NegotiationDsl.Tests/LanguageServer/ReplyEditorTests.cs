using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>The editor with replies to offers and proposals (docs/language.md, section 19).</summary>
public sealed class ReplyEditorTests
{
    private const string Record =
        "party NATO;\nparty Russia;\n" +
        "arms: NATO offers \"talks on arms control\" to Russia on 2022-01-12;\n" +
        "limits: NATO proposes \"reciprocal limits\" to Russia on 2022-01-12;\n" +
        "Russia answers arms on 2022-01-20;\n" +
        "NATO says Russia rejects limits on 2022-01-21;\n";

    [Fact]
    public async Task Hovering_an_offer_shows_its_reply_state_and_each_reply()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/replies/record.neg", Record);

        var arms = (await HoverTests.Hover(client, uri, LspTestClient.PositionOf(Record, "arms:", offset: 1))).Contents.Value;
        var limits = (await HoverTests.Hover(client, uri, LspTestClient.PositionOf(Record, "limits:", offset: 1))).Contents.Value;

        Assert.Contains("- reply on 2022-01-21 (the latest date in the records): **answered without a decision**", arms, System.StringComparison.Ordinal);
        Assert.Contains("- answered on 2022-01-20 by Russia", arms, System.StringComparison.Ordinal);
        Assert.Contains(": **rejected**", limits, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_and_answers_are_keywords_and_their_object_a_label()
    {
        var text = Record + "Russia accepts arms on 2022-02-01;\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/replies/record.neg", text);

        var tokens = await EditorFeatureTests.TokensAsync(client, uri);

        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "answers arms")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "accepts arms")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "rejects limits")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(text, "arms on 2022-02-01")].Type);
    }

    [Fact]
    public async Task Accepts_completes_offer_labels_and_the_label_is_found_and_renamed_through_the_replies()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Record + "Russia accepts ";
        var uri = await client.OpenAsync("/virtual/replies/record.neg", text);

        var end = NegotiationDsl.Text.SourceText.From(text).GetLinePosition(text.Length);
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(end.Line, end.Character)));
        var definition = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(text, "arms on 2022-01-20", offset: 1)));
        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(text, "limits:", offset: 1), "caps"));

        Assert.Contains(completion.Items, item => item.Label == "arms");
        Assert.Contains(completion.Items, item => item.Label == "limits");
        Assert.Equal(LspTestClient.PositionOf(text, "arms:"), Assert.Single(definition).Range.Start);
        var renamed = RenameTests.Apply(text, edit.Changes[uri]);
        Assert.Contains("caps: NATO proposes", renamed, System.StringComparison.Ordinal);
        Assert.Contains("NATO says Russia rejects caps on 2022-01-21;", renamed, System.StringComparison.Ordinal);
    }
}
