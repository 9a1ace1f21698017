using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class RenameTests
{
    private static readonly string Geneva = File.ReadAllText(LspTestClient.GenevaPath);

    [Fact]
    public async Task Renaming_a_person_of_the_register_edits_the_declaration_and_every_folder_that_uses_it()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);
        var position = LspTestClient.PositionOf(Geneva, "Blinken commits", offset: 1);

        var references = await client.RequestAsync<LspLocation[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(true)));
        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, "AntonyBlinken"));

        var actors = LspTestClient.Uri(LspTestClient.ActorsPath);
        Assert.Equal(new[] { actors, LspTestClient.Uri(LspTestClient.FollowupPath), uri }.Order(), edit.Changes.Keys.Order());
        Assert.Equal(references.Length, edit.Changes.Values.Sum(edits => edits.Length));
        Assert.All(edit.Changes.Values.SelectMany(edits => edits), textEdit => Assert.Equal("AntonyBlinken", textEdit.NewText));

        Assert.Contains("person AntonyBlinken \"Antony Blinken\"", Apply(File.ReadAllText(LspTestClient.ActorsPath), edit.Changes[actors]), System.StringComparison.Ordinal);
        var renamed = Apply(Geneva, edit.Changes[uri]);
        Assert.DoesNotContain("\n  Blinken ", renamed, System.StringComparison.Ordinal);
        Assert.Contains("\n  AntonyBlinken says", renamed, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_rename_gives_the_name_under_the_caret_and_nothing_on_a_keyword()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var onName = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", LspTestClient.At(uri, LspTestClient.PositionOf(Geneva, "Lavrov calls", offset: 2)));
        var onKeyword = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", LspTestClient.At(uri, LspTestClient.PositionOf(Geneva, "Lavrov calls", offset: 8)));

        Assert.Equal("Lavrov", onName!.Placeholder);
        Assert.Equal(LspTestClient.PositionOf(Geneva, "Lavrov calls"), onName.Range.Start);
        Assert.Null(onKeyword);
    }

    [Theory]
    [InlineData("talks", "keyword")]
    [InlineData("two words", "not a name")]
    [InlineData("2022", "not a name")]
    [InlineData("", "not a name")]
    [InlineData("Lavrov", "already declared")]
    [InlineData("geneva", "already declared")]
    public async Task Rename_refuses_keywords_invalid_names_and_names_already_declared(string newName, string reason)
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Geneva, "Ryabkov says"), newName)));

        Assert.Contains(reason, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(-32803, error.ErrorCode);
    }

    internal static string Apply(string text, TextEdit[] edits)
    {
        var source = NegotiationDsl.Text.SourceText.From(text);
        foreach (var edit in edits.OrderByDescending(edit => edit.Range.Start.Line).ThenByDescending(edit => edit.Range.Start.Character))
        {
            var start = source.GetPosition(new NegotiationDsl.Text.LinePosition(edit.Range.Start.Line, edit.Range.Start.Character));
            var end = source.GetPosition(new NegotiationDsl.Text.LinePosition(edit.Range.End.Line, edit.Range.End.Character));
            text = string.Concat(text.AsSpan(0, start), edit.NewText, text.AsSpan(end));
        }

        return text;
    }
}
