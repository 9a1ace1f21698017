using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Cli;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Tests.LanguageServer;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Milestones;

/// <summary>Milestones in every output: JSON (schema 2.0), negc status, the reports and their timeline, the generated C#, and the editor.</summary>
public sealed class MilestoneOutputTests : CliTestBase
{
    private const string Record =
        "record \"r\" published 2015-10-20;\nparty UN;\n" +
        "endorsement: UN says \"resolution 2231 endorses the plan\" on 2015-07-20;\n" +
        "adoption_day: milestone \"Adoption Day\" after endorsement in 90 days;\n" +
        "talks_resume: milestone \"the talks resume\" on 2015-09-10;\n" +
        "term_end: milestone \"the term ends\" after endorsement within 120 days;\n" +
        "adoption_day happens on 2015-10-18;\n" +
        "talks_resume fails on 2015-09-30;\n";

    private static Compilation CompileRecord() => Compilation.Create([SyntaxTree.ParseText(Record, "milestones.neg")]);

    [Fact]
    public void Json_has_the_milestones_their_days_records_and_states_and_validates()
    {
        var json = RecordJsonWriter.Write(CompileRecord(), "milestones");
        RecordSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var milestones = document.RootElement.GetProperty("milestones");

        Assert.Equal(["adoption_day", "talks_resume", "term_end"], milestones.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("2015-10-18", milestones[0].GetProperty("day").GetProperty("start").GetString());
        Assert.Equal("endorsement", milestones[0].GetProperty("after").GetString());
        Assert.Equal("occurrence", milestones[0].GetProperty("records")[0].GetProperty("kind").GetString());
        Assert.Equal(["happened", "didNotHappen", "upcoming"], milestones.EnumerateArray().Select(m => m.GetProperty("state").GetString()));
        var kinds = document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("milestone", kinds);
        Assert.Contains("occurrence", kinds);
        Assert.Contains("nonOccurrence", kinds);
    }

    [Fact]
    public void Status_lists_the_milestones_beside_the_commitments()
    {
        var rows = MilestoneReport.Rows([CompileRecord()], new LocalDate(2015, 10, 1));

        Assert.Equal(["upcoming", "did not happen", "upcoming"], rows.Select(row => row.State));
        Assert.Equal(["2015-10-18", "2015-09-10", "2015-11-17"], rows.Select(row => row.Day));
    }

    [Fact]
    public void Reports_have_a_milestones_section_and_put_each_milestone_on_the_timeline()
    {
        var model = ReportModel.Build(CompileRecord(), "milestones", new LocalDate(2015, 10, 20));
        var markdown = ReportFormats.All.Single(format => format.Extension == ".md").Write(model);
        var html = ReportFormats.All.Single(format => format.Extension == ".html").Write(model);

        Assert.Equal(3, model.Timeline.Items.Count(item => item.Kind == TimelineItemKind.Milestone));
        Assert.Contains("## Milestones", markdown, StringComparison.Ordinal);
        Assert.Contains("Adoption Day", markdown, StringComparison.Ordinal);
        Assert.Contains("**happened**", markdown, StringComparison.Ordinal);
        Assert.Contains("**did not happen**", markdown, StringComparison.Ordinal);
        Assert.Contains("tl-milestone", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_model_carries_each_milestone_with_its_day()
    {
        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(CompileRecord(), "milestones"));
        Assert.True(assembly is not null, string.Join("\n", diagnostics));

        var statements = (System.Collections.Generic.IReadOnlyList<Model.Statement>)GeneratedCode.Field(assembly!, "Milestones.Statements.All")!;
        var adoption = Assert.IsType<Model.Milestone>(Assert.Single(statements, statement => statement.Id == "adoption_day"));
        Assert.Equal(Model.StatementKind.Milestone, adoption.Kind);
        Assert.Equal(new Model.Date(2015, 10, 18), adoption.Date!.Value.Start);
        Assert.Equal(Model.StatementKind.Occurrence, Assert.Single(adoption.Records).Kind);
        Assert.Equal(Model.MilestoneState.Upcoming, adoption.GetState(new Model.Date(2015, 10, 17)));
        Assert.Equal(Model.MilestoneState.Happened, adoption.GetState(new Model.Date(2015, 10, 18)));
        var talks = Assert.IsType<Model.Milestone>(Assert.Single(statements, statement => statement.Id == "talks_resume"));
        Assert.Equal(Model.MilestoneState.DidNotHappen, talks.GetState(new Model.Date(2015, 10, 1)));
    }

    [Fact]
    public void The_hover_card_gives_the_day_what_it_counts_from_its_records_and_state()
    {
        var compilation = CompileRecord();
        var card = Cards.Describe(compilation.Milestones.First(), compilation);

        Assert.Contains("**milestone `adoption_day`**", card, StringComparison.Ordinal);
        Assert.Contains("- day: **2015-10-18**", card, StringComparison.Ordinal);
        Assert.Contains("- counts from `endorsement` (2015-07-20)", card, StringComparison.Ordinal);
        Assert.Contains("- recorded: happened on 2015-10-18", card, StringComparison.Ordinal);
        Assert.Contains(": **happened**", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_shows_the_day_as_an_inlay_hint_and_renames_the_label_everywhere()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/milestones.neg", Record);

        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(10000, 0))));
        Assert.Contains(hints, hint => hint.Label == "day 2015-11-17");

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(Record, "adoption_day happens"), "adoption"));
        var renamed = RenameTests.Apply(Record, edit.Changes[uri]);
        Assert.Contains("adoption: milestone", renamed, StringComparison.Ordinal);
        Assert.Contains("adoption happens", renamed, StringComparison.Ordinal);

        var tokens = await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri)));
        Assert.NotEmpty(tokens.Data);
    }

    [Theory]
    [InlineData("m: |", "milestone")]
    [InlineData("|", "milestone")]
    public async Task Completion_offers_the_milestone_keyword(string sourceWithCaret, string expected)
    {
        var caret = sourceWithCaret.IndexOf('|', StringComparison.Ordinal);
        var text = sourceWithCaret.Remove(caret, 1);
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/m.neg", text);

        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(0, caret)));

        Assert.Contains(list.Items, item => item.Label == expected);
    }

    [Fact]
    public void Black_Sea_Grain_Initiative_the_initial_term_ends_on_19_November_2022()
    {
        var (exitCode, output, error) = Run("status", "--as-of", "2022-11-01", Path.Combine(RepoPaths.Examples, "black-sea-grain-2022"));
        Assert.True(exitCode == 0, output + error);

        var row = output.Split('\n').Single(line => line.StartsWith("first_term_end ", StringComparison.Ordinal));
        Assert.Contains("2022-11-19", row, StringComparison.Ordinal);
        Assert.Contains("upcoming", row, StringComparison.Ordinal);
    }
}
