using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Formatting;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Formatting, semantic tokens, inlay hints, code actions, symbols and folding ranges.</summary>
public sealed class EditorFeatureTests
{
    private static readonly string Geneva = File.ReadAllText(LspTestClient.GenevaPath);

    [Fact]
    public async Task Formatting_returns_one_edit_that_makes_the_text_what_negc_format_writes()
    {
        const string text = "party USA   state;party Russia state;\nmeeting Geneva < USA says \"x\"; >\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/format.neg", text);

        var edits = await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)));

        Assert.Single(edits);
        Assert.Equal(Formatter.Format(SyntaxTree.ParseText(text)), RenameTests.Apply(text, edits));
    }

    [Fact]
    public async Task Formatting_a_file_with_syntax_errors_changes_nothing()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/broken.neg", "party USA   state\nparty Russia state;\n");

        Assert.Empty(await client.RequestAsync<TextEdit[]>("textDocument/formatting", new DocumentFormattingParams(new TextDocumentIdentifier(uri), null)));
    }

    [Fact]
    public async Task Semantic_tokens_tell_persons_parties_labels_dates_keywords_strings_and_comments_apart()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();

        var tokens = Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        var declaration = tokens[LspTestClient.PositionOf(Geneva, "Ryabkov \"Sergey")];
        Assert.Equal(("person", 1), (declaration.Type, declaration.Modifiers));
        Assert.Equal("person", tokens[LspTestClient.PositionOf(Geneva, "Lavrov says")].Type);
        Assert.Equal("party", tokens[LspTestClient.PositionOf(Geneva, "Kremlin;")].Type);
        Assert.Equal(("date", 9), (tokens[LspTestClient.PositionOf(Geneva, "next_week after")].Type, tokens[LspTestClient.PositionOf(Geneva, "next_week after")].Length));
        Assert.Equal("date", tokens[LspTestClient.PositionOf(Geneva, "2022-01-21 1.5h")].Type);
        Assert.Equal("number", tokens[LspTestClient.PositionOf(Geneva, "1.5h")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Geneva, "commits")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(Geneva, "written_response:")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(Geneva, "allies_talks\n")].Type);
        Assert.Equal("string", tokens[LspTestClient.PositionOf(Geneva, "\"Sergey Ryabkov\"")].Type);
        Assert.Equal("comment", tokens[new LspPosition(0, 0)].Type);
        Assert.Equal("comment", tokens[new LspPosition(1, 0)].Type);
    }

    [Fact]
    public async Task Inlay_hints_show_the_resolved_dates_after_relative_dates_only()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(10000, 0))));

        var afterNextWeek = LspTestClient.PositionOf(Geneva, "next_week after", offset: "next_week".Length);
        Assert.Equal("2022-01-24..2022-01-30", Assert.Single(hints, hint => hint.Position == afterNextWeek).Label);
        Assert.Contains(hints, hint => hint.Label == "2022-01-21..2022-01-28"); // coming_days under "policy coming_days within 7 days"
        Assert.DoesNotContain(hints, hint => hint.Label == "2022-01-21");
    }

    [Fact]
    public async Task Code_actions_offer_did_you_mean_declarations_and_suppression()
    {
        const string text = "party USA state;\nperson Blinken of USA;\nmeeting Geneva <\n  Blinkin says \"x\";\n  Nobody says \"y\";\n>\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/actions.neg", text);
        var everything = new LspRange(new LspPosition(0, 0), new LspPosition(10, 0));

        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), everything, null));

        var didYouMean = Assert.Single(actions, action => action.Title == "Change to 'Blinken'");
        Assert.True(didYouMean.IsPreferred);
        Assert.Equal("quickfix", didYouMean.Kind);
        Assert.Equal("NEG2001", Assert.Single(didYouMean.Diagnostics).Code);
        Assert.Contains("  Blinken says \"x\";", RenameTests.Apply(text, didYouMean.Edit.Changes[uri]), System.StringComparison.Ordinal);

        var declarePerson = Assert.Single(actions, action => action.Title == "Declare person 'Nobody'");
        Assert.StartsWith("person Nobody \"Nobody\";\nparty USA state;\n", RenameTests.Apply(text, declarePerson.Edit.Changes[uri]), System.StringComparison.Ordinal);
        Assert.Contains(actions, action => action.Title == "Declare party 'Nobody'");

        var suppress = actions.First(action => action.Title == "Suppress NEG2001 on this line");
        var suppressed = RenameTests.Apply(text, suppress.Edit.Changes[uri]);
        Assert.Contains("  // neg-disable-next-line NEG2001\n  Blinkin says", suppressed, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Compile(suppressed), diagnostic => diagnostic.Location.LineSpan.Start.Line == 4);
    }

    [Fact]
    public async Task Published_diagnostics_carry_the_names_a_fix_needs_as_data_and_read_back_in_a_code_action_request()
    {
        const string text = "person Blinken;\nmeeting Geneva <\n  Blinkin says \"x\";\n>\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/data.neg", text);

        var published = await client.WaitForDiagnosticsAsync(uri);

        var typo = Assert.Single(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");
        Assert.Equal(new Dictionary<string, string> { ["name"] = "Blinkin", ["suggestion"] = "Blinken" }, typo.Data);

        // An editor sends the diagnostics under the cursor back as they were published (no tags, no help link here).
        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), typo.Range, new CodeActionContext(published.Diagnostics)));
        Assert.Contains(actions, action => action.Title == "Change to 'Blinken'");
    }

    [Fact]
    public void Code_actions_are_read_from_the_data_not_from_the_message()
    {
        const string text = "party USA state;\nperson Blinken of USA;\nmeeting Geneva <\n  Blinkin says \"x\";\n  Nobody says \"y\";\n>\n";
        var tree = SyntaxTree.ParseText(text, "/virtual/actions.neg");
        var diagnostics = Compilation.Create([tree]).GetDiagnostics().Where(d => d.Code == "NEG2001").ToList();

        var fixes = diagnostics.SelectMany(diagnostic =>
        {
            var reworded = DiagnosticConverter.ToLsp(diagnostic)! with { Message = "A message in other words, with no quotes." };
            return CodeActionHandler.Fixes(tree, "file:///virtual/actions.neg", reworded, diagnostic.Location);
        }).Select(action => action.Title).ToList();
        var withoutData = diagnostics.SelectMany(diagnostic =>
            CodeActionHandler.Fixes(tree, "file:///virtual/actions.neg", DiagnosticConverter.ToLsp(diagnostic)! with { Data = null }, diagnostic.Location)).Select(action => action.Title).ToList();

        Assert.Contains("Change to 'Blinken'", fixes);
        Assert.Contains("Declare person 'Nobody'", fixes);
        Assert.Contains("Declare party 'Nobody'", fixes);
        Assert.Equal(["Suppress NEG2001 on this line", "Suppress NEG2001 on this line"], withoutData);
    }

    [Fact]
    public async Task Document_symbols_outline_meetings_with_their_statements()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var symbols = await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        var geneva = Assert.Single(symbols, symbol => symbol.Name == "geneva");
        Assert.Equal(LspSymbolKind.Event, geneva.Kind);
        Assert.Contains(geneva.Children!, child => child.Name == "written_response" && child.Kind == LspSymbolKind.Function);
        Assert.Contains(geneva.Children!, child => child.Name == "Blinken says");
        Assert.Contains(symbols, symbol => symbol.Name == "Ryabkov" && symbol.Detail == "Sergey Ryabkov");
        Assert.Contains(symbols.Single(symbol => symbol.Name == "security_talks").Children!, child => child.Name == "meeting Geneva");
    }

    [Fact]
    public async Task Workspace_symbols_match_names_across_every_folder()
    {
        await using var client = await LspTestClient.StartAsync();

        var symbols = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("blnkn"));

        var blinken = Assert.Single(symbols, symbol => symbol.Name == "Blinken" && symbol.ContainerName == "actors/actors.neg");
        Assert.Equal(LspTestClient.Uri(LspTestClient.ActorsPath), blinken.Location.Uri);
        var everything = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams(""));
        Assert.Contains(everything, symbol => symbol.ContainerName == "singapore-2018/singapore-2018.neg");
        Assert.Contains(everything, symbol => symbol.ContainerName == "minsk-2015/minsk-2015.neg");
        Assert.Contains(everything, symbol => symbol.ContainerName == "geneva-2022-followup/geneva-2022-followup.neg");
    }

    [Fact]
    public async Task Folding_ranges_cover_blocks_long_statements_and_comments()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var ranges = await client.RequestAsync<FoldingRange[]>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier(uri)));

        var meetingLine = LspTestClient.PositionOf(Geneva, "geneva: meeting").Line;
        var closeLine = Geneva.Split('\n').Length - 2;
        Assert.Contains(ranges, range => range.StartLine == meetingLine && range.EndLine == closeLine - 1);
        Assert.Contains(ranges, range => range.StartLine == 0 && range.Kind == "comment");
        var written = LspTestClient.PositionOf(Geneva, "written_response:").Line;
        Assert.Contains(ranges, range => range.StartLine == written && range.EndLine == written + 3);
    }

    private static System.Collections.Immutable.ImmutableArray<NegotiationDsl.Diagnostics.Diagnostic> Compile(string text) =>
        Compilation.Create([SyntaxTree.ParseText(text, "/virtual/actions.neg")]).GetDiagnostics();

    /// <summary>The semantic tokens of a document, decoded with the legend the server advertised.</summary>
    internal static async Task<Dictionary<LspPosition, (string Type, int Modifiers, int Length)>> TokensAsync(LspTestClient client, string uri)
    {
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();
        return Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);
    }

    internal static Dictionary<LspPosition, (string Type, int Modifiers, int Length)> Decode(SemanticTokens tokens, string[] legend)
    {
        var result = new Dictionary<LspPosition, (string, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < tokens.Data.Length; i += 5)
        {
            line += tokens.Data[i];
            character = tokens.Data[i] == 0 ? character + tokens.Data[i + 1] : tokens.Data[i + 1];
            result[new LspPosition(line, character)] = (legend[tokens.Data[i + 3]], tokens.Data[i + 4], tokens.Data[i + 2]);
        }

        return result;
    }
}
