using System;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Tests.LanguageServer;
using Xunit;

namespace NegotiationDsl.Tests.Milestones;

/// <summary>A milestone label across the folders of an archive, as a commitment label: its record in a folder that uses it renames with it and counts in its state.</summary>
public sealed class MilestoneArchiveEditorTests : IDisposable
{
    private const string Plan =
        "record \"Plan\" published 2015-07-20;\nparty UN organisation;\nendorsement: UN says \"the plan is endorsed\" on 2015-07-20;\n" +
        "adoption_day: milestone \"Adoption Day\" after endorsement in 90 days;\n";

    private const string Later =
        "use \"../plan\" as plan;\nrecord \"Later\" published 2015-10-18;\nplan.adoption_day happens on 2015-10-18;\n";

    private readonly TempFolder _temp = new("negc-lsp-milestones-");

    public MilestoneArchiveEditorTests()
    {
        _temp.Write("negarchive.json", "{}");
        PlanPath = _temp.Write("plan/plan.neg", Plan);
        LaterPath = _temp.Write("later/later.neg", Later);
    }

    private string PlanPath { get; }
    private string LaterPath { get; }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Renaming_a_milestone_from_a_folder_that_records_it_renames_its_declaration()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(LaterPath);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Later, "plan.adoption_day", offset: 6), "adoption"));

        Assert.Contains("plan.adoption happens", RenameTests.Apply(Later, edit.Changes[uri]), StringComparison.Ordinal);
        Assert.Contains("adoption: milestone", RenameTests.Apply(Plan, edit.Changes[LspTestClient.Uri(PlanPath)]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hover_in_the_declaring_folder_counts_the_record_written_in_the_folder_that_uses_it()
    {
        await using var client = await LspTestClient.StartAsync(_temp.Path);
        var uri = await client.OpenAsync(PlanPath);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Plan, "adoption_day: milestone")));

        Assert.Contains("- recorded: happened on 2015-10-18", hover!.Contents.Value, StringComparison.Ordinal);
    }
}
