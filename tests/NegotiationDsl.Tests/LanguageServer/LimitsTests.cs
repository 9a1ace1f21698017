using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>The bounds of <see cref="LanguageServerLimits"/>: document size as negc's file size, diagnostics per document, message size.</summary>
public sealed class LimitsTests
{
    private const string Uri = "untitled:limits.neg";
    private const string Record = "party USA state;\nperson Blinken of USA;\n";

    [Fact]
    public void The_document_limit_is_the_file_limit_of_negc_and_every_document_within_it_fits_in_a_message()
    {
        Assert.Equal(FileSizeLimit.Bytes, LanguageServerLimits.Default.DocumentBytes);
        Assert.Equal(LanguageServerLimits.MinMessageBytes, LanguageServerLimits.Default.MessageBytes);
        // Six bytes of JSON per byte of text at most (a control character escaped as \u0001).
        Assert.True(new LanguageServerLimits(100L << 20, 10, 10).MessageBytes >= 600L << 20);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_kept_with_NEG1010_and_its_features_answer_empty_until_an_edit_brings_it_under()
    {
        await using var client = await LspTestClient.StartAsync(limits: new LanguageServerLimits(DocumentBytes: 1000, DiagnosticsPerDocument: 1000, PendingOutputBytes: 1 << 20));
        var padding = "// " + new string('x', 1200) + "\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "neg", version = 1, text = Record + padding } });

        var tooLarge = await client.WaitForDiagnosticsAsync(Uri, published => published.Version == 1);
        var neg1010 = Assert.Single(tooLarge.Diagnostics);
        Assert.Equal("NEG1010", neg1010.Code);
        Assert.Equal(new LspPosition(0, 0), neg1010.Range.Start);
        Assert.Null(await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(Uri, new LspPosition(1, 8))));
        Assert.Empty(await client.RequestAsync<JsonElement[]>("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }));
        Assert.Empty((await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } })).Data);

        // The text was kept: an edit that removes the padding applies where the editor meant it.
        await client.ChangeAsync(Uri, 2, new LspRange(new LspPosition(2, 0), new LspPosition(3, 0)), "");
        var analysed = await client.WaitForDiagnosticsAsync(Uri, published => published.Version == 2);
        Assert.DoesNotContain(analysed.Diagnostics, diagnostic => diagnostic.Code == "NEG1010");
        Assert.NotEmpty(await client.RequestAsync<JsonElement[]>("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }));

        await client.ChangeAsync(Uri, 3, new LspRange(new LspPosition(2, 0), new LspPosition(2, 0)), padding);
        Assert.Equal("NEG1010", Assert.Single((await client.WaitForDiagnosticsAsync(Uri, published => published.Version == 3)).Diagnostics).Code);
    }

    [Fact]
    public async Task A_file_on_disk_has_the_same_size_limit_as_an_open_document()
    {
        using var temp = new TempFolder("negc-lsp-limit-");
        var large = temp.Write("large.neg", Record + "// " + new string('x', 1200) + "\n");
        await using var client = await LspTestClient.StartAsync(temp.Path, limits: new LanguageServerLimits(DocumentBytes: 1000, DiagnosticsPerDocument: 1000, PendingOutputBytes: 1 << 20));
        var largeUri = LspTestClient.Uri(large);
        Assert.Equal("NEG1010", Assert.Single((await client.WaitForDiagnosticsAsync(largeUri)).Diagnostics).Code);

        // Opened under the limit, then closed: its copy on disk, read back, is over it again.
        await client.OpenAsync(large, Record);
        Assert.DoesNotContain((await client.WaitForDiagnosticsAsync(largeUri, published => published.Version is not null)).Diagnostics, diagnostic => diagnostic.Code == "NEG1010");
        var beforeClose = client.Published.Count;
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = largeUri } });
        await client.SettleAsync();
        for (var wait = 0; wait < 2000 && !client.Published.Skip(beforeClose).Any(published => published.Uri == largeUri && published.Diagnostics is [{ Code: "NEG1010" }]); wait++) await Task.Delay(10);
        Assert.Contains(client.Published.Skip(beforeClose), published => published.Uri == largeUri && published.Diagnostics is [{ Code: "NEG1010" }]);
    }

    [Fact]
    public void The_size_of_a_document_is_counted_in_utf8_as_for_a_file()
    {
        var text = new string('é', 400);

        Assert.True(new Document("k", "u", SourceText.From(text), 1, isOpen: true, maxBytes: 799).IsTooLarge);
        Assert.False(new Document("k", "u", SourceText.From(text), 1, isOpen: true, maxBytes: 800).IsTooLarge);
    }

    [Fact]
    public void A_document_with_more_diagnostics_than_the_cap_gets_the_most_severe_and_NEG9027_with_how_many_more()
    {
        // Thirty warnings (a fuzzy date without a policy), then five errors (unexpected characters).
        var text = new StringBuilder("record \"r\" source \"s\" published 2022-01-21;\n" + Record);
        for (var i = 0; i < 30; i++) text.Append(CultureInfo.InvariantCulture, $"meeting Geneva 2022-01-21 < Blinken commits \"c{i}\" by soon; >\n");
        text.Append(string.Concat(Enumerable.Repeat("@\n", 5)));
        var compilation = Compilation.Create([SyntaxTree.ParseText(text.ToString(), "a.neg")], CompilationOptions.Default);

        var published = new FolderDiagnostics(perDocument: 10).Get(compilation)["a.neg"];

        Assert.Equal(10, published.Length);
        Assert.All(published.Take(5), diagnostic => Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity));
        Assert.All(published.Skip(5).Take(4), diagnostic => Assert.Equal("NEG3008", diagnostic.Code));
        var notShown = published[^1];
        Assert.Equal("NEG9027", notShown.Code);
        Assert.Equal(LspDiagnosticSeverity.Information, notShown.Severity);
        Assert.Equal("26 more diagnostics in this file are not shown; 'negc check' lists them all.", notShown.Message);
        // Where the first diagnostic left out is: the fifth warning's line.
        Assert.Equal(3 + 4, notShown.Range.Start.Line);
        Assert.Equal(35, new FolderDiagnostics(perDocument: 35).Get(compilation)["a.neg"].Length);
    }
}
