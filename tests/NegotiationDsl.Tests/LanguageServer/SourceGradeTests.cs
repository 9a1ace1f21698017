using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Sources and grades in the editor: hover on a grade, the sources on a statement's card, completion of grades, the grade's semantic token.</summary>
public sealed class SourceGradeTests
{
    private const string Text =
        "record \"t\" source \"RBC\" graded B1 published 2022-01-21;\n" +
        "party A state;\n" +
        "r: A says \"x\" source \"Reuters\" graded B2 disputed by \"TASS\" graded C4;\n" +
        "A says \"y\" source \"AP\" graded Z9;\n";

    [Fact]
    public async Task Hovering_a_grade_says_what_its_letter_and_digit_mean()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/sources.neg", Text);

        var hover = await Hover(client, uri, LspTestClient.PositionOf(Text, "B2 disputed", offset: 1));
        var invalid = await Hover(client, uri, LspTestClient.PositionOf(Text, "Z9"));

        Assert.Contains("**grade B2**", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("source: B, usually reliable", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("information: 2, probably true", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal(LspTestClient.PositionOf(Text, "B2 disputed"), hover.Range!.Start);
        Assert.Contains("is not a grade", invalid.Contents.Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_card_lists_its_sources_with_their_grades()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/sources.neg", Text);

        var hover = await Hover(client, uri, LspTestClient.PositionOf(Text, "r:"));

        Assert.Contains("sources: Reuters (B2); disputed by TASS (C4)", hover.Contents.Value, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("party A;\nA says \"x\" source \"r\" graded |", "C3")]
    [InlineData("party A;\nA says \"x\" source \"r\" |", "graded")]
    [InlineData("party A;\nA says \"x\" source \"r\" |", "disputed")]
    [InlineData("party A;\nA says \"x\" disputed |", "by")]
    [InlineData("record \"t\" source \"r\" |", "graded")]
    [InlineData("meeting Geneva source \"r\" |", "graded")]
    public async Task Completion_offers_grading_words_and_every_grade(string source, string expected)
    {
        var items = await LspTestClient.CompleteAsync(source);

        Assert.Contains(expected, items.Select(item => item.Label));
        if (expected == "C3")
        {
            Assert.Equal(36, items.Length);
            Assert.Equal("source fairly reliable; information possibly true", items.Single(item => item.Label == "C3").Detail);
        }
    }

    [Fact]
    public async Task Completion_after_disputed_by_offers_no_dates()
    {
        var text = "party A;\nA says \"x\" disputed by ";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/completion.neg", text);

        var items = (await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(1, text.Length - 9)))).Items;

        Assert.Empty(items);
    }

    [Fact]
    public async Task A_grade_is_a_grade_token_and_graded_a_keyword()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/sources.neg", Text);
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();

        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        Assert.Equal(("grade", 0, 2), tokens[LspTestClient.PositionOf(Text, "B1")]);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "graded B1")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "disputed")].Type);
    }

    private static Task<Hover> Hover(LspTestClient client, string uri, LspPosition position) =>
        client.RequestAsync<Hover>("textDocument/hover", LspTestClient.At(uri, position));
}
