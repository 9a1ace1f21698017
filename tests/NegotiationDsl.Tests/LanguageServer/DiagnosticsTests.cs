using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Opening_a_file_publishes_its_diagnostics_and_those_of_closed_files_in_the_workspace()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var geneva = await client.WaitForDiagnosticsAsync(uri, published => published.Version == 1);
        var followup = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(LspTestClient.FollowupPath));
        var minsk = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(Path.Combine(RepoPaths.Examples, "minsk-2015", "minsk-2015.neg")));

        var unused = Assert.Single(geneva.Diagnostics, diagnostic => diagnostic.Message.Contains("'Georgia'", System.StringComparison.Ordinal));
        Assert.Equal("NEG2009", unused.Code);
        Assert.Equal(LspDiagnosticSeverity.Information, unused.Severity);
        Assert.Equal([LspDiagnosticTag.Unnecessary], unused.Tags!);
        Assert.EndsWith("docs/diagnostics.md#neg2009", unused.CodeDescription!.Href, System.StringComparison.Ordinal);
        Assert.StartsWith("file://", unused.CodeDescription.Href, System.StringComparison.Ordinal);
        Assert.Empty(followup.Diagnostics);
        Assert.Null(followup.Version);
        Assert.NotNull(minsk);
    }

    [Fact]
    public async Task An_edit_that_introduces_a_typo_publishes_the_unknown_name_for_the_new_version()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = File.ReadAllText(LspTestClient.GenevaPath);
        var uri = await client.OpenAsync(LspTestClient.GenevaPath, text);
        await client.WaitForDiagnosticsAsync(uri, published => published.Version == 1);

        var at = LspTestClient.PositionOf(text, "Blinken commits");
        await client.ChangeAsync(uri, 2, new LspRange(at, at with { Character = at.Character + "Blinken".Length }), "Blinkin");

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        var typo = Assert.Single(published.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");
        Assert.Equal("'Blinkin' is not declared; did you mean 'Blinken'?", typo.Message);
        Assert.Equal(at, typo.Range.Start);
    }

    [Fact]
    public async Task Rapid_edits_are_applied_in_order_and_diagnostics_never_go_back_to_an_older_version()
    {
        await using var client = await LspTestClient.StartAsync();
        const string path = "/virtual/rapid.neg";
        var uri = await client.OpenAsync(path, "party USA state;\n");

        // Type "USA says \"x\";" one character at a time, then a typo, as fast as the client can send.
        var line = "USA says \"x\"; Nobody says \"y\";";
        for (var i = 0; i < line.Length; i++)
        {
            var position = new LspPosition(1, i);
            await client.ChangeAsync(uri, i + 2, new LspRange(position, position), line[i].ToString());
        }

        var finalVersion = line.Length + 1;
        var last = await client.WaitForDiagnosticsAsync(uri, p => p.Version == finalVersion);
        // One more edit is the barrier: diagnostics are published by one consumer in order, so whatever the burst
        // still had in the pipeline comes before this edit's publication, however slow the machine.
        var end = new LspPosition(1, line.Length);
        await client.ChangeAsync(uri, finalVersion + 1, new LspRange(end, end), " ");
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == finalVersion + 1);

        var versions = client.Published.Where(p => p.Uri == uri).Select(p => p.Version ?? 0).ToList();
        Assert.Equal(versions.OrderBy(v => v), versions);
        Assert.Equal(finalVersion, versions.Last(v => v <= finalVersion));
        var unknown = Assert.Single(last.Diagnostics);
        Assert.Equal("NEG2001", unknown.Code);
        Assert.Equal(new LspPosition(1, 14), unknown.Range.Start);
    }

    [Fact]
    public async Task Closing_a_file_outside_the_workspace_clears_its_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/outside.neg", "Nobody says \"x\";\n");
        await client.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length > 0);

        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));

        await client.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length == 0);
    }

    [Fact]
    public async Task Saving_keeps_the_open_buffer_and_its_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/saved.neg", "Nobody says \"x\";\n");
        await client.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length > 0);

        await client.NotifyAsync("textDocument/didSave", new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
        await client.SettleAsync();

        // The file is not on the disk: had the save been read from there, the document would have gone.
        Assert.NotEmpty(client.Published.Last(published => published.Uri == uri).Diagnostics);
    }
}
