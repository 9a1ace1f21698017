using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class CompletionTests
{
    private const string Declarations = "party USA state;\nparty Russia state;\nperson Blinken \"Antony Blinken\" of USA;\nperson Lavrov of Russia;\n";

    [Theory]
    [InlineData("meeting Geneva 2022-01-21 <\n  Blinken com|\n>\n", "commits")]
    [InlineData("meeting Geneva 2022-01-21 <\n  Blinken and Lavrov agr|\n>\n", "agree")]
    [InlineData("meeting Geneva 2022-01-21 <\n  Blinken commits \"x\" to Russia by nex|\n>\n", "next_week")]
    [InlineData("meeting Geneva 2022-01-21 <\n  Blinken commits \"x\" |\n>\n", "by")]
    [InlineData("meeting Geneva 2022-01-21 <\n  Blinken commits \"x\" to |\n>\n", "Russia")]
    [InlineData("meeting Geneva 2022-01-21 with Blinken, |", "Lavrov")]
    [InlineData("meeting Geneva 2022-01-21 <\n  r: Blinken commits \"x\";\n  USA fulfils |\n>\n", "r")]
    [InlineData("meeting Geneva 2022-01-21 <\n  Lavrov says USA |\n>\n", "rejects")]
    [InlineData("party NATO alli|", "alliance")]
    [InlineData("person Ryabkov office \"Deputy\" |", "from")]
    [InlineData("person Ryabkov office \"Deputy\" from 2008 until |", "next_year")]
    [InlineData("policy coming_days wit|", "within")]
    [InlineData("|", "record")]
    public async Task Completion_on_half_typed_lines_offers_what_may_come_next(string source, string expected)
    {
        var items = await Complete(source);

        Assert.Contains(expected, items.Select(item => item.Label));
    }

    [Fact]
    public async Task At_the_start_of_a_statement_actors_come_first_then_keywords_then_the_meeting_snippet()
    {
        var items = await Complete("meeting Geneva 2022-01-21 <\n  Bli|\n>\n");
        var ordered = items.OrderBy(item => item.SortText, System.StringComparer.Ordinal).Select(item => item.Label).ToList();

        Assert.Equal(["Blinken", "Lavrov", "Russia", "USA"], ordered.Take(4));
        Assert.Contains("outcome", ordered);
        Assert.DoesNotContain("party", ordered);
        Assert.DoesNotContain("meeting block", ordered);
        Assert.Equal(CompletionItemKind.Variable, items.Single(item => item.Label == "Blinken").Kind);
        Assert.Equal(CompletionItemKind.Module, items.Single(item => item.Label == "USA").Kind);
    }

    [Fact]
    public async Task At_the_top_level_the_meeting_snippet_is_offered()
    {
        var items = await Complete("mee|");

        var snippet = Assert.Single(items, item => item.Kind == CompletionItemKind.Snippet);
        Assert.Equal(InsertTextFormat.Snippet, snippet.InsertTextFormat);
        Assert.StartsWith("${1:label}: meeting", snippet.InsertText, System.StringComparison.Ordinal);
        Assert.Contains(items, item => item.Label == "party");
    }

    [Theory]
    [InlineData("meeting Geneva <\n  Blinken says \"hal|f\";\n>\n")]
    [InlineData("// a comm|ent\n")]
    [InlineData("meeting Geneva <\n  Blinken commits \"x\" about \"unterminated |\n>\n")]
    public async Task Inside_strings_and_comments_nothing_is_offered(string source)
    {
        Assert.Empty(await Complete(source));
    }

    [Fact]
    public async Task After_commits_the_two_lasting_kinds_are_offered()
    {
        var items = await Complete("meeting Geneva 2022-01-21 <\n  Blinken commits |\n>\n");

        Assert.Equal(["not to", "to keep"], items.Select(item => item.Label).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task After_as_the_declared_offices_of_the_statement_s_persons_are_offered_quoted()
    {
        var items = await Complete(
            "person Lavrov2 \"Sergei Lavrov\" office \"Minister of Foreign Affairs\" of Russia office \"OSCE \\\"Chair\\\"\" of Russia;\n" +
            "meeting Geneva 2022-01-21 <\n  Lavrov2 says \"x\" as |\n>\n");

        Assert.Equal(["\"Minister of Foreign Affairs\"", "\"OSCE \\\"Chair\\\"\""], items.Select(item => item.Label).Order(System.StringComparer.Ordinal));
    }

    private static async Task<CompletionItem[]> Complete(string sourceWithCaret)
    {
        var caret = sourceWithCaret.IndexOf('|', System.StringComparison.Ordinal);
        var text = Declarations + sourceWithCaret.Remove(caret, 1);
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/completion.neg", text);

        var position = NegotiationDsl.Text.SourceText.From(text).GetLinePosition(Declarations.Length + caret);
        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(position.Line, position.Character)));
        return list.Items;
    }
}
