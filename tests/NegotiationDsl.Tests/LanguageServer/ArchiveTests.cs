using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The server across the folders of an archive: a register of actors, a track that uses it, a follow-up that uses both
/// (the track with an alias), and a second track that uses the register with an alias.
/// </summary>
public sealed class ArchiveTests : IDisposable
{
    private const string Actors =
        "party US state \"United States\";\nparty Russia state;\nparty Ukraine state;\n" +
        "person Blinken \"Antony Blinken\" of US;\nperson Lavrov \"Sergei Lavrov\" of Russia;\n";

    private const string Geneva =
        "use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\n" +
        "meeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n";

    private const string FollowUp =
        "use \"../actors\";\nuse \"../geneva-2022\" as geneva;\nrecord \"Follow-up\" published 2022-01-26;\n" +
        "Blinken fulfils geneva.written_response on 2022-01-26;\n";

    private const string Minsk =
        "use \"../actors\" as register;\nrecord \"Minsk\" published 2022-02-10;\n" +
        "register.Lavrov says \"no talks\" on 2022-02-10;\nregister.Ukraine says \"talks\" on 2022-02-10;\n";

    private readonly TempFolder _temp = new("negc-lsp-archive-");

    public ArchiveTests()
    {
        _temp.Write("negarchive.json", "{}");
        ActorsPath = _temp.Write("actors/actors.neg", Actors);
        GenevaPath = _temp.Write("geneva-2022/geneva.neg", Geneva);
        FollowUpPath = _temp.Write("geneva-2022-followup/followup.neg", FollowUp);
        MinskPath = _temp.Write("minsk-2022/minsk.neg", Minsk);
    }

    private string ActorsPath { get; }
    private string GenevaPath { get; }
    private string FollowUpPath { get; }
    private string MinskPath { get; }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_archive_root_as_workspace_binds_every_folder_together_and_publishes_each_file_clean()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);

        foreach (var path in new[] { ActorsPath, GenevaPath, FollowUpPath, MinskPath })
            Assert.DoesNotContain((await client.WaitForDiagnosticsAsync(LspTestClient.Uri(path))).Diagnostics, diagnostic => diagnostic.Severity <= LspDiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task A_document_opened_outside_the_workspace_brings_in_its_whole_archive()
    {
        using var elsewhere = new TempFolder("negc-lsp-elsewhere-");
        await using var client = await LspTestClient.StartAsync(elsewhere.Path);

        var uri = await client.OpenAsync(FollowUpPath);

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error);
        // Closed files of folders outside the workspace are not published, as before.
        Assert.DoesNotContain(client.Published, p => p.Uri == LspTestClient.Uri(ActorsPath));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_new_file_in_a_new_folder_of_the_archive_sees_the_register(bool archiveIsTheWorkspace)
    {
        using var elsewhere = new TempFolder("negc-lsp-elsewhere-");
        await using var client = await LspTestClient.StartAsync(archiveIsTheWorkspace ? _temp.Path : elsewhere.Path);

        var uri = await client.OpenAsync(Path.Combine(_temp.Path, "new-track", "unsaved.neg"), "use \"../actors\";\nrecord \"New\";\nBlinken says \"hello\";\n");

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Definition_goes_from_a_track_to_the_register_and_from_a_qualified_name_to_the_used_folder()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(FollowUpPath);

        var person = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(FollowUp, "Blinken fulfils", offset: 2)));
        var label = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(FollowUp, "geneva.written_response", offset: 10)));

        Assert.Equal(new LspLocation(LspTestClient.Uri(ActorsPath), Range(Actors, "Blinken")), Assert.Single(person));
        Assert.Equal(new LspLocation(LspTestClient.Uri(GenevaPath), Range(Geneva, "written_response")), Assert.Single(label));
    }

    [Fact]
    public async Task References_of_a_register_person_cover_every_folder_that_names_it()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(ActorsPath);

        var references = await client.RequestAsync<LspLocation[]>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Actors, "person Lavrov", offset: 8), new ReferenceContext(true)));

        Assert.Equal(
            [
                new LspLocation(uri, Range(Actors, "Lavrov")),
                new LspLocation(LspTestClient.Uri(GenevaPath), Range(Geneva, "Lavrov")),
                new LspLocation(LspTestClient.Uri(GenevaPath), Range(Geneva, "Lavrov", occurrence: 1)),
                new LspLocation(LspTestClient.Uri(MinskPath), Range(Minsk, "Lavrov")),
            ],
            references);
    }

    [Fact]
    public async Task Renaming_a_register_person_edits_the_declaration_and_every_folder_after_the_dot_of_a_qualified_name()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(GenevaPath);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Geneva, "to Lavrov", offset: 4), "Lavrova"));

        Assert.Equal(new[] { ActorsPath, GenevaPath, MinskPath }.Select(LspTestClient.Uri).Order(StringComparer.Ordinal), edit.Changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Actors.Replace("person Lavrov", "person Lavrova", StringComparison.Ordinal), RenameTests.Apply(Actors, edit.Changes[LspTestClient.Uri(ActorsPath)]));
        Assert.Equal(Geneva.Replace("Lavrov", "Lavrova", StringComparison.Ordinal), RenameTests.Apply(Geneva, edit.Changes[uri]));
        Assert.Equal(Minsk.Replace("register.Lavrov", "register.Lavrova", StringComparison.Ordinal), RenameTests.Apply(Minsk, edit.Changes[LspTestClient.Uri(MinskPath)]));
    }

    [Fact]
    public async Task Renaming_a_qualified_label_changes_only_the_part_after_the_dot_and_not_from_the_alias()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(FollowUpPath);
        var onName = LspTestClient.PositionOf(FollowUp, "geneva.written_response", offset: 7);

        var prepared = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", LspTestClient.At(uri, onName));
        var onAlias = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", LspTestClient.At(uri, LspTestClient.PositionOf(FollowUp, "geneva.written_response", offset: 2)));
        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), onName, "response"));

        Assert.Equal(new PrepareRenameResult(Range(FollowUp, "written_response"), "written_response"), prepared);
        Assert.Null(onAlias);
        Assert.Contains("geneva.response on", RenameTests.Apply(FollowUp, edit.Changes[uri]), StringComparison.Ordinal);
        Assert.Contains("  response: Blinken", RenameTests.Apply(Geneva, edit.Changes[LspTestClient.Uri(GenevaPath)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia", "already declared")]
    [InlineData("Kerry", "already declared")]
    [InlineData("actors.Kerry", "not a name")]
    public async Task Rename_refuses_a_name_declared_where_the_person_is_declared_or_written_without_an_alias(string newName, string reason)
    {
        _temp.Write("geneva-2022/kerry.neg", "person Kerry \"John Kerry\";\nKerry says \"hello\";\n");
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(ActorsPath);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Actors, "person Lavrov", offset: 8), newName)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hovering_a_register_person_in_a_track_shows_the_card_and_where_it_is_declared()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(MinskPath);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Minsk, "register.Lavrov", offset: 10)));

        Assert.Contains("**Sergei Lavrov**", hover!.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("declared in `actors`", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(Range(Minsk, "Lavrov"), hover.Range);
    }

    [Fact]
    public async Task Completion_offers_the_names_of_used_folders_and_after_an_alias_only_that_folder_s()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var followUp = FollowUp + "Blinken fulfils geneva.\n";
        var minsk = Minsk + "register.\n";
        var followUpUri = await client.OpenAsync(FollowUpPath, followUp);
        var minskUri = await client.OpenAsync(MinskPath, minsk);

        var atStart = await Complete(client, followUpUri, followUp, "Blinken fulfils", 0);
        var commitments = await Complete(client, followUpUri, followUp, "fulfils geneva.\n", "fulfils geneva.".Length);
        var inName = await Complete(client, followUpUri, followUp, "geneva.written_response", "geneva.wri".Length);
        var actors = await Complete(client, minskUri, minsk, "register.\n", "register.".Length);

        Assert.Contains("Blinken", atStart);
        Assert.Contains("record", atStart);
        Assert.DoesNotContain("written_response", atStart);
        Assert.Equal(["written_response"], commitments);
        Assert.Equal(["written_response"], inName);
        Assert.Equal(["Blinken", "Lavrov", "Russia", "US", "Ukraine"], actors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Completion_in_a_use_s_path_offers_the_other_folders_of_the_archive()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var text = "use \"../g\nrecord \"Minsk\";\n";
        var uri = await client.OpenAsync(MinskPath, text);

        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(0, 9)));

        Assert.Equal(["../actors", "../geneva-2022", "../geneva-2022-followup"], list.Items.Select(item => item.Label));
        Assert.Equal(new TextEdit(new LspRange(new LspPosition(0, 5), new LspPosition(0, 9)), "../actors"), list.Items[0].TextEdit);
    }

    [Fact]
    public async Task Workspace_symbols_of_an_archive_name_their_folder()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);

        var symbols = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("Lavrov"));

        var lavrov = Assert.Single(symbols);
        Assert.Equal("actors/actors.neg", lavrov.ContainerName);
        Assert.Equal(LspTestClient.Uri(ActorsPath), lavrov.Location.Uri);
    }

    [Fact]
    public async Task Document_highlight_in_a_track_marks_the_uses_of_a_register_person_in_that_file()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(GenevaPath);

        var highlights = await client.RequestAsync<DocumentHighlight[]>("textDocument/documentHighlight", LspTestClient.At(uri, LspTestClient.PositionOf(Geneva, "Lavrov <", offset: 1)));

        Assert.Equal([Range(Geneva, "Lavrov"), Range(Geneva, "Lavrov", occurrence: 1)], highlights.Select(highlight => highlight.Range));
        Assert.All(highlights, highlight => Assert.Equal(DocumentHighlightKind.Read, highlight.Kind));
    }

    [Fact]
    public async Task Breaking_a_register_name_republishes_the_folders_that_use_it_with_the_error_in_their_own_files()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var geneva = LspTestClient.Uri(GenevaPath);
        var minsk = LspTestClient.Uri(MinskPath);
        await client.WaitForDiagnosticsAsync(minsk);
        var uri = await client.OpenAsync(ActorsPath);

        var at = LspTestClient.PositionOf(Actors, "person Lavrov", offset: 7);
        await client.ChangeAsync(uri, 2, new LspRange(at, at with { Character = at.Character + "Lavrov".Length }), "Lavrow");

        var inGeneva = await client.WaitForDiagnosticsAsync(geneva, p => p.Diagnostics.Any(diagnostic => diagnostic.Code == "NEG2001"));
        var inMinsk = await client.WaitForDiagnosticsAsync(minsk, p => p.Diagnostics.Any(diagnostic => diagnostic.Code == "NEG2001"));
        var inActors = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.Equal(2, inGeneva.Diagnostics.Count(diagnostic => diagnostic.Code == "NEG2001"));
        Assert.Equal(LspTestClient.PositionOf(Minsk, "register.Lavrov"), Assert.Single(inMinsk.Diagnostics, diagnostic => diagnostic.Code == "NEG2001").Range.Start);
        Assert.DoesNotContain(inActors.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");

        // Mended, the folders that use it are clean again; the follow-up, which uses the register too but never named Lavrov, is not published again.
        var followUpPublications = client.Published.Count(p => p.Uri == LspTestClient.Uri(FollowUpPath));
        var since = client.Published.Count;
        await client.ChangeAsync(uri, 3, new LspRange(at, at with { Character = at.Character + "Lavrow".Length }), "Lavrov");
        await client.WaitForDiagnosticsAsync(geneva, p => p.Diagnostics.All(diagnostic => diagnostic.Code != "NEG2001"), since);
        await client.WaitForDiagnosticsAsync(minsk, p => p.Diagnostics.All(diagnostic => diagnostic.Code != "NEG2001"), since);
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 3);
        Assert.Equal(followUpPublications, client.Published.Count(p => p.Uri == LspTestClient.Uri(FollowUpPath)));
    }

    [Fact]
    public async Task A_track_that_stops_using_the_register_is_republished_and_so_is_the_register_whose_name_it_alone_used()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var actors = LspTestClient.Uri(ActorsPath);
        var uri = await client.OpenAsync(MinskPath);
        await client.WaitForDiagnosticsAsync(actors);
        var since = client.Published.Count;

        var end = LspTestClient.PositionOf(Minsk, ";\n");
        await client.ChangeAsync(uri, 2, new LspRange(new LspPosition(0, 0), new LspPosition(end.Line + 1, 0)), "");

        var inMinsk = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        var inActors = await client.WaitForDiagnosticsAsync(actors, p => p.Diagnostics.Length > 0, since);
        Assert.Contains(inMinsk.Diagnostics, diagnostic => diagnostic.Code == "NEG2020");
        Assert.Equal("NEG2009", Assert.Single(inActors.Diagnostics).Code);
        Assert.Contains("'Ukraine'", inActors.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_used_folder_is_fixed_with_its_path_in_quotes()
    {
        _temp.Write("minsk-2022/minsk.neg", Minsk.Replace("../actors", "../actor", StringComparison.Ordinal));
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var text = File.ReadAllText(MinskPath);
        var uri = await client.OpenAsync(MinskPath);
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(diagnostic => diagnostic.Code == "NEG2014"));

        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(0, 0)), new CodeActionContext(published.Diagnostics)));

        var fix = Assert.Single(actions, action => action.Title == "Change to '../actors'");
        Assert.StartsWith("use \"../actors\" as register;", RenameTests.Apply(text, fix.Edit.Changes[uri]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_renews_the_archive_keeping_the_other_trees_and_one_snapshot_serves_every_folder()
    {
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(_temp.Path);
        var uri = LspTestClient.Uri(GenevaPath);
        var before = workspace.GetFolder(Path.GetDirectoryName(GenevaPath)!).Compilation!.Archive!;
        workspace.Open(uri, Geneva + "Blinken says \"more\";\n", 1);
        await workspace.WhenDiskIdle();

        var geneva = workspace.GetDocument(uri)!.Compilation.Archive!;
        var actors = workspace.GetFolder(Path.GetDirectoryName(ActorsPath)!).Compilation!.Archive!;

        Assert.NotSame(before, geneva);
        Assert.Same(geneva, actors);
        Assert.Equal(before.SyntaxTrees.Where(tree => tree.FilePath != GenevaPath), geneva.SyntaxTrees.Where(tree => tree.FilePath != GenevaPath));
    }

    [Fact]
    public void The_folders_related_by_uses_are_found_again_only_when_a_file_s_uses_change()
    {
        var archive = Archive.Create(_temp.Path, new[] { ActorsPath, GenevaPath, FollowUpPath, MinskPath }.Select(path => SyntaxTree.ParseText(File.ReadAllText(path), path)));
        var graph = ArchiveGraph.Of(archive, previous: null);
        var edited = archive.WithSyntaxTree(SyntaxTree.ParseText(Geneva + "Blinken says \"more\";\n", GenevaPath));
        var withoutUse = archive.WithSyntaxTree(SyntaxTree.ParseText(Minsk[(Minsk.IndexOf('\n', StringComparison.Ordinal) + 1)..], MinskPath));

        Assert.Equal(new[] { GenevaPath, FollowUpPath, MinskPath }.Select(Path.GetDirectoryName), graph.Related(Path.GetDirectoryName(ActorsPath)!));
        Assert.Equal(new[] { ActorsPath, FollowUpPath }.Select(Path.GetDirectoryName), graph.Related(Path.GetDirectoryName(GenevaPath)!));
        Assert.Same(graph, ArchiveGraph.Of(edited, graph));
        var regraphed = ArchiveGraph.Of(withoutUse, graph);
        Assert.NotSame(graph, regraphed);
        Assert.Empty(regraphed.Related(Path.GetDirectoryName(MinskPath)!));
    }

    [Fact]
    public void The_graph_reads_the_uses_of_each_edited_tree_once()
    {
        var archive = Archive.Create(_temp.Path, new[] { ActorsPath, GenevaPath, FollowUpPath, MinskPath }.Select(path => SyntaxTree.ParseText(File.ReadAllText(path), path)));
        var graph = ArchiveGraph.Of(archive, previous: null);
        var geneva = archive.WithSyntaxTree(SyntaxTree.ParseText(Geneva + "Blinken says \"more\";\n", GenevaPath));
        var thenMinsk = geneva.WithSyntaxTree(SyntaxTree.ParseText(Minsk + "// a note\n", MinskPath));

        Assert.Same(graph, ArchiveGraph.Of(geneva, graph));
        Assert.Equal(1, graph.UsesCompared);
        Assert.Same(graph, ArchiveGraph.Of(thenMinsk, graph));
        Assert.Equal(2, graph.UsesCompared);
        Assert.Same(graph, ArchiveGraph.Of(thenMinsk, graph));
        Assert.Equal(2, graph.UsesCompared);

        // A use dropped from a file the graph has already seen edited is still found.
        var withoutUse = thenMinsk.WithSyntaxTree(SyntaxTree.ParseText(Minsk[(Minsk.IndexOf('\n', StringComparison.Ordinal) + 1)..], MinskPath));
        var regraphed = ArchiveGraph.Of(withoutUse, graph);
        Assert.NotSame(graph, regraphed);
        Assert.Empty(regraphed.Related(Path.GetDirectoryName(MinskPath)!));
    }

    [Fact]
    public async Task Closing_the_last_document_of_an_archive_outside_the_workspace_lets_the_whole_archive_go()
    {
        using var elsewhere = new TempFolder("negc-lsp-elsewhere-");
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(elsewhere.Path);
        var uri = LspTestClient.Uri(MinskPath);
        workspace.Open(uri, Minsk, 1);
        await workspace.WhenDiskIdle();
        Assert.Equal(4, workspace.FolderKeys.Count);

        workspace.Close(uri);

        Assert.Empty(workspace.FolderKeys);
    }

    [Fact]
    public async Task Without_negarchive_json_each_folder_stands_alone_as_before()
    {
        File.Delete(Path.Combine(_temp.Path, "negarchive.json"));
        await using var client = await LspTestClient.StartAsync(_temp.Path);

        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(GenevaPath));

        Assert.Contains(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2019");
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(LspTestClient.Uri(FollowUpPath), LspTestClient.PositionOf(FollowUp, "Blinken fulfils", offset: 2))));
    }

    private static async Task<string[]> Complete(LspTestClient client, string uri, string text, string needle, int offset)
    {
        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, LspTestClient.PositionOf(text, needle, offset: offset)));
        return list.Items.Select(item => item.Label).ToArray();
    }

    /// <summary>The range of the <paramref name="occurrence"/>-th <paramref name="name"/> in <paramref name="text"/>, or of its part after the dot.</summary>
    private static LspRange Range(string text, string name, int occurrence = 0)
    {
        var simple = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var start = LspTestClient.PositionOf(text, name, occurrence, offset: name.Length - simple.Length);
        return new LspRange(start, start with { Character = start.Character + simple.Length });
    }
}
