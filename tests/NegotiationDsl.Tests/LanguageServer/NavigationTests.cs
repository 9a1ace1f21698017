using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class NavigationTests
{
    private static readonly string Geneva = File.ReadAllText(LspTestClient.GenevaPath);
    private static readonly string Followup = File.ReadAllText(LspTestClient.FollowupPath);

    private static readonly string Actors = File.ReadAllText(LspTestClient.ActorsPath);

    [Fact]
    public async Task Definition_of_a_name_in_one_file_is_its_declaration_in_the_other_file_of_the_folder()
    {
        const string actors = "party USA state;\nperson Blinken \"Antony Blinken\" of USA;\n";
        const string record = "meeting Geneva 2022-01-21 with Blinken <\n  Blinken says \"x\";\n>\n";
        await using var client = await LspTestClient.StartAsync();
        var actorsUri = await client.OpenAsync("/virtual/folder/actors.neg", actors);
        var uri = await client.OpenAsync("/virtual/folder/record.neg", record);

        var locations = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(record, "Blinken says", offset: 3)));
        var references = await client.RequestAsync<LspLocation[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(actorsUri), LspTestClient.PositionOf(actors, "person Blinken", offset: 8), new ReferenceContext(false)));

        var location = Assert.Single(locations);
        Assert.Equal(actorsUri, location.Uri);
        Assert.Equal(LspTestClient.PositionOf(actors, "person Blinken", offset: 7), location.Range.Start);
        Assert.Equal(2, references.Count(reference => reference.Uri == uri));
    }

    [Fact]
    public async Task Definition_of_a_name_from_the_register_is_its_declaration_there()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.FollowupPath);

        var locations = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(Followup, "Blinken confirms", offset: 3)));

        var location = Assert.Single(locations);
        Assert.Equal(LspTestClient.Uri(LspTestClient.ActorsPath), location.Uri);
        Assert.Equal(LspTestClient.PositionOf(Actors, "person Blinken", offset: 7), location.Range.Start);
    }

    [Fact]
    public async Task Definition_of_a_qualified_label_reference_is_the_label_in_the_other_folder()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.FollowupPath);

        var locations = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At(uri, LspTestClient.PositionOf(Followup, "fulfils geneva.written_response", offset: 17)));

        var location = Assert.Single(locations);
        Assert.Equal(LspTestClient.Uri(LspTestClient.GenevaPath), location.Uri);
        Assert.Equal(LspTestClient.PositionOf(Geneva, "written_response:"), location.Range.Start);
    }

    [Fact]
    public async Task At_an_events_name_hover_references_and_rename_answer_for_the_commitment_it_settles()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.FollowupPath);
        var genevaUri = LspTestClient.Uri(LspTestClient.GenevaPath);
        var onEvent = LspTestClient.PositionOf(Followup, "fulfils geneva.written_response", offset: 17);

        var hover = await client.RequestAsync<Hover>("textDocument/hover", LspTestClient.At(uri, onEvent));
        var references = await client.RequestAsync<LspLocation[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(uri), onEvent, new ReferenceContext(true)));
        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), onEvent, "written_reply"));

        Assert.Contains("fulfilment on 2022-01-26 by USA", hover.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains(references, location => location.Uri == genevaUri && location.Range.Start == LspTestClient.PositionOf(Geneva, "written_response:"));
        Assert.Contains(references, location => location.Uri == uri && location.Range.Start == LspTestClient.PositionOf(Followup, "fulfils geneva.written_response", offset: 15));
        Assert.Contains("USA fulfils geneva.written_reply on 2022-01-26", RenameTests.Apply(Followup, edit.Changes[uri]), System.StringComparison.Ordinal);
        Assert.Contains("\n  written_reply: Blinken commits", RenameTests.Apply(Geneva, edit.Changes[genevaUri]), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task References_cover_every_folder_that_uses_the_register_and_the_declaration_on_request()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.ActorsPath);
        var position = LspTestClient.PositionOf(Actors, "person Blinken", offset: 8);

        var all = await client.RequestAsync<LspLocation[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(true)));
        var usesOnly = await client.RequestAsync<LspLocation[]>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(false)));

        var followupUri = LspTestClient.Uri(LspTestClient.FollowupPath);
        Assert.Equal(3, all.Count(location => location.Uri == followupUri));
        Assert.Contains(all, location => location.Uri == LspTestClient.Uri(LspTestClient.GenevaPath));
        Assert.Equal(all.Length - 1, usesOnly.Length);
        Assert.Contains(all, location => location.Range.Start == position with { Character = 7 });
        Assert.DoesNotContain(usesOnly, location => location.Range.Start == position with { Character = 7 });
    }

    [Fact]
    public async Task Document_highlight_marks_the_declaration_as_write_and_uses_as_read_in_this_file_only()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        var highlights = await client.RequestAsync<DocumentHighlight[]>("textDocument/documentHighlight", LspTestClient.At(uri, LspTestClient.PositionOf(Geneva, "allies_talks:", offset: 2)));

        Assert.Equal(2, highlights.Length);
        Assert.Equal(DocumentHighlightKind.Write, highlights[0].Kind);
        Assert.Equal(DocumentHighlightKind.Read, highlights[1].Kind);
        Assert.Equal(LspTestClient.PositionOf(Geneva, "after allies_talks", offset: 6), highlights[1].Range.Start);
    }
}
