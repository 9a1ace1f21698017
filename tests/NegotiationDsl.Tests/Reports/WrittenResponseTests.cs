using System;
using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The acceptance example: the written response promised in Geneva (examples/geneva-2022), due by 2022-01-30,
/// delivered 2022-01-26 in another folder of the archive (examples/geneva-2022-followup), reported on 2022-01-31.
/// </summary>
public sealed class WrittenResponseTests
{
    private static readonly ReportModel Model = ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022", new NodaTime.LocalDate(2022, 1, 31));

    [Fact]
    public void The_model_has_the_resolved_deadline_and_the_state_settled_in_the_follow_up_folder()
    {
        var response = Model.Commitments.Single(c => c.Label == "written_response");

        Assert.Equal(new NodaTime.LocalDate(2022, 1, 31), Model.AsOf);
        Assert.Equal(new NodaTime.LocalDate(2022, 1, 30), response.Deadline!.Value.End);
        Assert.Equal(CommitmentState.Fulfilled, response.State);
        Assert.Equal(StatementKind.Fulfilment, Assert.Single(response.Events).Kind);
    }

    [Fact]
    public void Markdown_has_the_row_with_its_deadline_and_state()
    {
        var row = MarkdownReportWriter.Write(Model).Split('\n').Single(line => line.StartsWith("| `written_response` |", StringComparison.Ordinal));

        Assert.Contains("by 2022-01-30 (week 2022-01-24..2022-01-30)", row, StringComparison.Ordinal);
        Assert.Contains("**fulfilled**", row, StringComparison.Ordinal);
        Assert.Contains("fulfilled 2022-01-26 by **United States of America**", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_has_the_row_with_its_deadline_and_state()
    {
        var html = HtmlReportWriter.Write(Model);
        var row = html.Split('\n').Single(line => line.StartsWith("<tr><td><code>written_response</code>", StringComparison.Ordinal));

        Assert.Contains("by <span class=\"date\">2022-01-30</span> (<span class=\"date\">week 2022-01-24..2022-01-30</span>)", row, StringComparison.Ordinal);
        Assert.Contains("<span class=\"state state-fulfilled\">fulfilled</span>", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_the_row_with_its_deadline_and_state()
    {
        var row = ReportHelper.CsvRow(CsvReportWriter.Write(Model), "written_response");

        Assert.Equal("2022-01-30", row["deadline_end"]);
        Assert.Equal("2022-01-24", row["deadline_start"]);
        Assert.Equal("week", row["deadline_precision"]);
        Assert.Equal("fulfilled", row["state"]);
        Assert.Equal("2022-01-31", row["as_of"]);
        Assert.Equal("Antony Blinken", row["debtors"]);
        Assert.Equal("Russian Federation", row["creditors"]);
        Assert.Equal("geneva-2022.neg", row["file"]);
    }

    [Fact]
    public void On_an_earlier_day_the_same_commitment_is_due_and_the_demands_open()
    {
        var model = ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022", new NodaTime.LocalDate(2022, 1, 25));

        Assert.Equal(AsOfRule.Given, model.AsOfRule);
        Assert.Equal(CommitmentState.Due, model.Commitments.Single(c => c.Label == "written_response").State);
        Assert.Equal("rejected", model.Demands.Single(d => d.Statement.Label == "nato_expansion").Status);
        Assert.Equal("open", model.Demands.Single(d => d.Statement.Label == "weapons_deployment").Status);

        var before = ReportModel.Build(ExampleGoldenTests.Compile("examples/geneva-2022"), "geneva-2022", new NodaTime.LocalDate(2022, 1, 15));
        Assert.Equal("open", before.Demands.Single(d => d.Statement.Label == "nato_expansion").Status);
        Assert.Equal(CommitmentState.NotMadeYet, before.Commitments.Single(c => c.Label == "written_response").State);
        Assert.Equal("not made yet", before.Commitments.Single(c => c.Label == "written_response").StateText);
    }

    [Fact]
    public void Tracks_are_the_round_of_talks_and_each_records_rest_in_date_order()
    {
        Assert.Equal(
            new[] { (TrackKind.Record, "geneva-2022.neg"), (TrackKind.Talks, "geneva-2022.neg") },
            Model.Tracks.Select(track => (track.Kind, track.FileName)));
        var talks = Model.Tracks[1];
        Assert.Equal("Draft agreements on security guarantees", talks.Title);
        Assert.Equal(new[] { "Geneva", "Brussels", "Vienna" }, talks.Meetings.Select(m => m.Place));
        Assert.Equal(new[] { StatementKind.Demand, StatementKind.Outcome }, talks.StatementGroups.Select(g => g.Kind));
        Assert.Equal(NodaTime.Duration.FromMinutes(90), Model.Tracks[0].Meetings.Single().Duration);
    }
}
