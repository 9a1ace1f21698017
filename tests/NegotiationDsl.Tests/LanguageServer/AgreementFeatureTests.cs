using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Agreements in the editor: the hover card with state and dates, completion of kinds, stages and labels, the computed end of term as an inlay hint, and navigation of agreement labels.</summary>
public sealed class AgreementFeatureTests
{
    private static string NewStartPath => Path.Combine(RepoPaths.Examples, "new-start-2010", "new-start-2010.neg");
    private static readonly string NewStart = File.ReadAllText(NewStartPath);

    [Fact]
    public async Task Hovering_an_agreement_shows_its_state_its_dates_its_signatories_and_provisions()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(NewStartPath);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(NewStart, "signs new_start", offset: 8)));

        var card = hover!.Contents.Value;
        Assert.Contains("**treaty `new_start`**", card, StringComparison.Ordinal);
        Assert.Contains("**suspended**", card, StringComparison.Ordinal);
        Assert.Contains("- term: 10 years", card, StringComparison.Ordinal);
        Assert.Contains("- in force: 2011-02-05", card, StringComparison.Ordinal);
        Assert.Contains("- term ends: 2026-02-05", card, StringComparison.Ordinal);
        Assert.Contains("- signing by Obama for USA on 2010-04-08", card, StringComparison.Ordinal);
        Assert.Contains("- provisions: `central_limits`", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inlay_hints_show_the_end_of_term_the_term_and_each_extension_compute_to()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(NewStartPath);

        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(10000, 0))));

        Assert.Equal("ends 2021-02-05", Assert.Single(hints, hint => hint.Position == LspTestClient.PositionOf(NewStart, "term 10 years", offset: "term 10 years".Length)).Label);
        Assert.Equal("ends 2026-02-05", Assert.Single(hints, hint => hint.Position == LspTestClient.PositionOf(NewStart, "for 5 years", offset: "for 5 years".Length)).Label);
    }

    [Theory]
    [InlineData("x: agreement kind |", "treaty")]
    [InlineData("x: agreement kind treaty stage |", "comprehensive")]
    [InlineData("x: agreement \"t\" |", "term")]
    [InlineData("USA signs |", "accord")]
    [InlineData("USA commits \"y\" under |", "accord")]
    [InlineData("USA signs accord |", "for")]
    public async Task Completion_offers_kinds_stages_attributes_and_agreement_labels(string sourceWithCaret, string expected)
    {
        const string declarations = "party USA state;\naccord: agreement;\n";
        var caret = sourceWithCaret.IndexOf('|', StringComparison.Ordinal);
        var text = declarations + sourceWithCaret.Remove(caret, 1);
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/agreement.neg", text);
        var position = NegotiationDsl.Text.SourceText.From(text).GetLinePosition(declarations.Length + caret);

        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(position.Line, position.Character)));

        Assert.Contains(list.Items, item => item.Label == expected);
    }

    [Fact]
    public async Task An_agreement_label_goes_to_its_declaration_and_has_its_references()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(NewStartPath);
        var use = LspTestClient.PositionOf(NewStart, "signs new_start", offset: 8);

        var definition = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, use));
        var references = await client.RequestAsync<LspLocation[]>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(uri), use, new ReferenceContext(IncludeDeclaration: true)));

        Assert.Equal(LspTestClient.PositionOf(NewStart, "new_start: agreement"), Assert.Single(definition).Range.Start);
        // The declaration, two signatures, the provision, two ratifications, the entry into force, the extension and the suspension.
        Assert.Equal(9, references.Length);
    }

    [Fact]
    public async Task Renaming_an_agreement_label_renames_its_declaration_and_every_statement_about_it()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(NewStartPath);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(NewStart, "extend new_start", offset: 8), "treaty_2010"));

        var renamed = RenameTests.Apply(NewStart, edit.Changes[uri]);
        Assert.DoesNotContain("new_start", renamed.Replace("new-start", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("treaty_2010: agreement", renamed, StringComparison.Ordinal);
        Assert.Contains("treaty_2010 enters into force", renamed, StringComparison.Ordinal);
        Assert.Contains("under treaty_2010", renamed, StringComparison.Ordinal);
    }
}
