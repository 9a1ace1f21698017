using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The server reads the disk through the CLI's input layer and never on the message loop: special files and
/// links in the workspace are refused as negc refuses them, and a read that does not return holds back only
/// the diagnostics of its folder, never an answer.
/// </summary>
public sealed class WorkspaceDiskTests : IDisposable
{
    private readonly TempFolder _temp = new("negc-lsp-disk-");

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Initialize_answers_with_a_fifo_a_device_link_and_link_loops_in_the_workspace()
    {
        var a = _temp.Write("a.neg", "person Blinken of USA;\n");
        _temp.Write("b.neg", "party USA;\n");
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "x.neg"));
        SpecialFiles.Link(Path.Combine(Folder, "zero.neg"), "/dev/zero");
        SpecialFiles.Link(Path.Combine(Folder, "env.neg"), "/proc/self/environ");
        SpecialFiles.Link(Path.Combine(Folder, "loop"), ".");
        SpecialFiles.Link(Path.Combine(Folder, "everything"), "/");

        var start = LspTestClient.StartAsync(Folder);
        if (await Task.WhenAny(start, Task.Delay(HangGuard.Time)) != start)
        {
            _ = Task.Run(() => File.OpenWrite(fifo).Dispose());
            Assert.Fail("initialize did not answer: the server reads the disk on its message loop");
        }

        await using var client = await start;
        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(a));
        Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");
        var uri = await client.OpenAsync(a);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, new LspPosition(0, 8)));
        Assert.Contains("Blinken", hover!.Contents.Value, StringComparison.Ordinal);
        Assert.Equal("NEG9007", Assert.Single((await client.WaitForDiagnosticsAsync(LspTestClient.Uri(fifo))).Diagnostics).Code);
    }

    [Fact]
    public async Task A_file_the_input_layer_refuses_shows_negc_s_error_on_the_file_and_in_the_log_once_prefixed()
    {
        _temp.Write("a.neg", "party USA;\n");
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "x.neg"));
        var zero = SpecialFiles.Link(Path.Combine(Folder, "sub", "zero.neg"), "/dev/zero");
        using var log = new StringWriter();
        var client = await LspTestClient.StartAsync(Folder, log: TextWriter.Synchronized(log)).WaitAsync(HangGuard.Time);
        await using (client)
        {
            var onFifo = Assert.Single((await client.WaitForDiagnosticsAsync(LspTestClient.Uri(fifo))).Diagnostics);
            var onLink = Assert.Single((await client.WaitForDiagnosticsAsync(LspTestClient.Uri(zero))).Diagnostics);

            Assert.Equal(("NEG9007", LspDiagnosticSeverity.Error, new LspPosition(0, 0)), (onFifo.Code, onFifo.Severity, onFifo.Range.Start));
            Assert.Contains("x.neg' is a FIFO (named pipe), not a regular file", onFifo.Message, StringComparison.Ordinal);
            Assert.Equal("NEG9009", onLink.Code);

            // Opened in the editor, the document's own text stands instead of the error.
            var opened = await client.OpenAsync(fifo, "party France;\n");
            Assert.DoesNotContain((await client.WaitForDiagnosticsAsync(opened, published => published.Version == 1)).Diagnostics, diagnostic => diagnostic.Code == "NEG9007");
        }

        Assert.Contains("negc lsp: error NEG9007: ", log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("negc lsp: negc:", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_that_does_not_return_holds_back_itsFolder_and_never_an_answer()
    {
        _temp.Write("fast/f.neg", "party USA;\nperson Blinken of USA;\n");
        var slow = _temp.Write("slow/s.neg", "party Russia;\nperson Lavrov of Russia;\n");
        using var gate = new ManualResetEventSlim();
        var files = new TestFileSystem { BeforeRead = path => { if (path == slow) gate.Wait(); } };
        await using var client = await LspTestClient.StartAsync(Folder, files, waitForDisk: false).WaitAsync(HangGuard.Time);
        try
        {
            await client.WaitForDiagnosticsAsync(LspTestClient.Uri(Path.Combine(Folder, "fast", "f.neg")));
            // A new folder: its disk work queues behind the read that does not return.
            var elsewhere = LspTestClient.Uri(Path.Combine(Folder, "new", "unsaved.neg"));
            await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(elsewhere, "neg", 1, "party France;\n")));

            var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(elsewhere, new LspPosition(0, 7))).WaitAsync(HangGuard.Time);
            var symbols = await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new WorkspaceSymbolParams("Blinken")).WaitAsync(HangGuard.Time);

            Assert.Contains("France", hover!.Contents.Value, StringComparison.Ordinal);
            Assert.Single(symbols);
            Assert.DoesNotContain(client.Published, publication => publication.Uri == LspTestClient.Uri(slow));
        }
        finally
        {
            gate.Set();
        }

        await client.WaitForDiagnosticsAsync(LspTestClient.Uri(slow));
    }

    [Fact]
    public async Task A_file_opened_in_a_newFolder_is_diagnosed_once_the_files_beside_it_are_read()
    {
        var a = _temp.Write("records/a.neg", "person Blinken of USA;\n");
        var b = _temp.Write("records/b.neg", "party USA;\n");
        using var gate = new ManualResetEventSlim();
        var files = new TestFileSystem { BeforeRead = path => { if (path == b) gate.Wait(); } };
        await using var client = await LspTestClient.StartAsync(Path.Combine(Folder, "workspace"), files);

        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(LspTestClient.Uri(a), "neg", 1, File.ReadAllText(a))));
        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(LspTestClient.Uri(a), new LspPosition(0, 8)));
        // A document opened after it is the barrier: the one consumer of diagnostics takes pending folders in path
        // order, and a file's folder ("/...") comes before an untitled document, so a publication for a.neg would
        // come before this one.
        const string barrier = "untitled:barrier.neg";
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(barrier, "neg", 1, "party France;\n")));
        await client.WaitForDiagnosticsAsync(barrier);
        Assert.All(client.Published, publication => Assert.Equal(barrier, publication.Uri));
        gate.Set();

        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(a));
        Assert.DoesNotContain(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");
        Assert.Single(client.Published, publication => publication.Uri == LspTestClient.Uri(a));
    }

    [Fact]
    public async Task Closing_a_file_brings_back_its_copy_on_disk_read_off_the_loop()
    {
        var a = _temp.Write("a.neg", "party USA;\n");
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(Folder);
        var uri = LspTestClient.Uri(a);
        workspace.Open(uri, "party Unsaved;\n", 2);

        Assert.Equal(Folder, workspace.Close(uri));
        Assert.Equal("party Unsaved;\n", workspace.GetDocument(uri)!.Text.ToString());
        await workspace.WhenDiskIdle();

        var closed = workspace.GetDocument(uri)!;
        Assert.Equal("party USA;\n", closed.Text.ToString());
        Assert.False(closed.Document.IsOpen);
    }

    [Fact]
    public async Task An_open_document_keeps_its_text_as_a_string_once_bound_so_an_edit_never_decodes_it()
    {
        var text = "party USA;\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"person P{i} of USA;\n"));
        using var workspace = new Workspace(ServerLog.Null);
        await workspace.Initialize(Folder);
        var uri = LspTestClient.Uri(Path.Combine(Folder, "a.neg"));
        workspace.Open(uri, text, 2);
        await workspace.WhenDiskIdle();
        workspace.Change(uri, 3, [new TextDocumentContentChangeEvent("party France;\n" + text)]);

        var snapshot = workspace.GetDocument(uri)!;
        _ = snapshot.Compilation.GetDiagnostics();
        GC.Collect();

        Assert.Same(snapshot.Text, snapshot.Compilation.SyntaxTrees.Single(tree => tree.FilePath == snapshot.Document.Key).Text);
        Assert.False(snapshot.Text.IsCompact);
    }

    [Fact]
    public async Task A_closed_file_over_the_size_limit_is_not_read_and_gets_NEG1010_as_negc_gives_it()
    {
        var large = _temp.Write("large.neg", "");
        using (var stream = File.OpenWrite(large)) stream.SetLength(FileSizeLimit.Bytes + 1);
        var a = _temp.Write("a.neg", "party USA;\n");
        await using var client = await LspTestClient.StartAsync(Folder);

        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(large)).WaitAsync(HangGuard.Time);

        var neg1010 = Assert.Single(published.Diagnostics);
        Assert.Equal("NEG1010", neg1010.Code);
        Assert.Equal(new LspPosition(0, 0), neg1010.Range.Start);
        Assert.Empty(await client.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new { uri = LspTestClient.Uri(large) } }));
        Assert.DoesNotContain((await client.WaitForDiagnosticsAsync(LspTestClient.Uri(a))).Diagnostics, diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task The_workspace_takes_its_severities_from_negconfig_json_as_the_cli_does()
    {
        _temp.Write(".git/HEAD", "");
        _temp.Write("negconfig.json", """{ "diagnostics": { "NEG2009": "none" } }""");
        var a = _temp.Write("records/a.neg", "party USA;\n");
        await using var client = await LspTestClient.StartAsync(Folder);

        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(a));

        Assert.Empty(published.Diagnostics);
    }
}
