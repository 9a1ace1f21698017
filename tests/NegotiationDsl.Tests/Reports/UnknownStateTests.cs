using System;
using System.Linq;
using NegotiationDsl.Reports;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>Where the records' precision cannot decide, every format says "unknown", never a guess.</summary>
public sealed class UnknownStateTests
{
    [Fact]
    public void A_fulfilment_known_only_to_the_month_of_a_day_deadline_is_unknown_in_every_format()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nc: A commits \"x\" to B by 2022-01-15 on 2022-01-05;\nA fulfils c on 2022-01;\n", new LocalDate(2022, 2, 15));
        var (markdown, html, csv) = ReportHelper.All(model);

        Assert.Equal(CommitmentState.Unknown, Assert.Single(model.Commitments).State);
        Assert.Contains("| **unknown** |", markdown, StringComparison.Ordinal);
        Assert.Contains("<span class=\"state state-unknown\">unknown</span>", html, StringComparison.Ordinal);
        Assert.Equal("unknown", ReportHelper.CsvRow(csv, "c")["state"]);
        Assert.Contains("fulfilled 2022-01 by **A**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_whose_month_holds_the_as_of_day_is_unknown()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nc: A commits \"x\" to B by 2022-03-01 on 2022-01-05;\nA fulfils c on 2022-01;\n", new LocalDate(2022, 1, 10));

        Assert.Equal(CommitmentState.Unknown, Assert.Single(model.Commitments).State);
    }

    [Fact]
    public void A_deadline_that_could_not_be_resolved_is_unknown()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nc: A commits \"x\" to B by soon on 2022-01-05;\n", new LocalDate(2022, 1, 10));
        var commitment = Assert.Single(model.Commitments);

        Assert.True(commitment.DeadlineUnresolved);
        Assert.Equal(CommitmentState.Unknown, commitment.State);
        // The word survives (docs/language.md, section 11.5): not "a deadline that could not be resolved".
        Assert.Equal(ReportText.UnresolvedAsWritten("soon"), ReportHelper.CsvRow(CsvReportWriter.Write(model), "c")["deadline"]);
    }

    [Fact]
    public void Records_without_any_date_have_no_as_of_day_and_unknown_states()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nc: A commits \"x\" to B;\n");
        var (markdown, html, csv) = ReportHelper.All(model);

        Assert.Null(model.AsOf);
        Assert.Equal(AsOfRule.None, model.AsOfRule);
        Assert.Equal(CommitmentState.Unknown, Assert.Single(model.Commitments).State);
        Assert.Contains("As of: **unknown**", markdown, StringComparison.Ordinal);
        Assert.Contains("As of: <strong>unknown</strong>", html, StringComparison.Ordinal);
        Assert.Equal("", ReportHelper.CsvRow(csv, "c")["as_of"]);
        Assert.Contains("nothing to draw", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_known_only_to_the_month_holding_the_as_of_day_leaves_the_demand_unknown()
    {
        const string records = "party A;\nparty B;\ndm: A demands \"x\" of B on 2022-01-03;\nB rejects dm on 2022-01;\n";

        Assert.Equal("unknown", ReportHelper.Model(records, new LocalDate(2022, 1, 10)).Demands.Single().Status);
        Assert.Equal("rejected", ReportHelper.Model(records, new LocalDate(2022, 2, 1)).Demands.Single().Status);
        Assert.Equal("not made yet", ReportHelper.Model(records, new LocalDate(2021, 12, 31)).Demands.Single().Status);
    }

    [Fact]
    public void An_offer_after_a_demand_answers_it_and_one_naming_none_is_listed_apart()
    {
        var model = ReportHelper.Model("party A;\nparty B;\ndm: A demands \"x\" of B on 2022-01-03;\nB offers \"talks on x\" to A after dm on 2022-01-04;\nB offers \"something else\" to A on 2022-01-05;\n");
        var demand = Assert.Single(model.Demands);

        Assert.Equal("offered for discussion", demand.Status);
        Assert.Equal(AnswerKind.OfferedForDiscussion, Assert.Single(demand.Answers).Kind);
        Assert.Contains(Assert.Single(model.UnlinkedOffers).Sentence, run => run.Text == "something else");
    }
}
