using System;
using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Reports.Archives;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// What the three kinds of page of an archive's report say: the index of its tracks, the commitment tracker across
/// its folders (a commitment settled in another folder names that folder), and each actor's page in date order.
/// </summary>
public sealed class ArchiveReportTests
{
    private static readonly ArchiveReportModel Standard = ArchiveReportHelper.Model(ArchiveReportHelper.Standard());

    [Fact]
    public void The_index_lists_every_folder_by_its_first_date_with_what_it_holds_and_a_link_to_its_report()
    {
        var index = ArchiveReportHelper.Page(Standard, "archive/index");
        var markdown = MarkdownReportWriter.WritePage(index);
        var html = HtmlReportWriter.WritePage(index);

        Assert.Equal(new[] { "geneva-2022", "geneva-2022-followup", "actors" }, Standard.Folders.Select(folder => folder.Path));
        Assert.Contains("| [geneva-2022](../geneva-2022.md) | “Geneva talks” | 2022-01-21 | 1 | 3 | 2 | actors |", markdown, StringComparison.Ordinal);
        Assert.Contains("| [geneva-2022-followup](../followup.md) | “Written response delivered” | 2022-01-26..2022-02-01 | 1 | 2 | 0 | actors, geneva-2022 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| [actors](../actors.md) | “Register” | — | 0 | 1 | 0 | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../geneva-2022.html\">geneva-2022</a>", html, StringComparison.Ordinal);
        Assert.Contains("[The commitment tracker](commitments.md)", markdown, StringComparison.Ordinal);
        Assert.Contains("| [Blinken](actors/Blinken.md) | **Antony Blinken** | Secretary of State, United States, from 2021-01-26 | [actors](../actors.md#who-is-who) | 3 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tracker_shows_where_a_commitment_was_made_and_the_other_folder_that_settled_it()
    {
        var row = Standard.Commitments.Single(commitment => commitment.Commitment.Label == "written_response");

        Assert.Equal("geneva-2022/written_response", row.Id);
        Assert.Equal(CommitmentState.Fulfilled, row.Commitment.State);
        Assert.Equal(new ArchiveSource("geneva-2022", "geneva-2022", "track-1", "geneva-2022/geneva-2022.neg", 4), row.Made);
        var settled = Assert.Single(row.Events);
        Assert.Equal(new ArchiveSource("geneva-2022-followup", "followup", "track-1", "geneva-2022-followup/followup.neg", 4), settled.Source);

        var page = ArchiveReportHelper.Page(Standard, "archive/commitments");
        Assert.Contains(
            "| **fulfilled** | [geneva-2022](../geneva-2022.md#track-1) · geneva-2022/geneva-2022.neg line 4 | fulfilled 2022-01-26 by **Antony Blinken**, in [geneva-2022-followup](../followup.md#track-1) · geneva-2022-followup/followup.neg line 4 |",
            MarkdownReportWriter.WritePage(page), StringComparison.Ordinal);
        Assert.Contains("in <a href=\"../followup.html#track-1\">geneva-2022-followup</a> · geneva-2022-followup/followup.neg line 4", HtmlReportWriter.WritePage(page), StringComparison.Ordinal);
        var csv = ReportHelper.CsvRow(CsvReportWriter.WritePage(page), "geneva-2022/written_response");
        Assert.Equal("geneva-2022", csv["compilation"]);
        Assert.Equal("fulfilled", csv["state"]);
        Assert.Equal("fulfilled 2022-01-26 by Antony Blinken in geneva-2022-followup/followup.neg line 4", csv["events"]);
        Assert.Equal("geneva-2022/geneva-2022.neg", csv["file"]);
    }

    [Fact]
    public void The_tracker_holds_every_commitment_of_every_folder_by_deadline_and_an_unlabelled_one_has_its_stable_name()
    {
        Assert.Equal(new[] { "geneva-2022/written_response", "geneva-2022/geneva-2022-commitment-1" }, Standard.Commitments.Select(commitment => commitment.Id));
        Assert.Equal(new[] { "geneva-2022", "geneva-2022" }, Standard.Commitments.Select(commitment => commitment.Made.Folder));
    }

    [Fact]
    public void States_are_on_the_archive_s_latest_day_unless_a_day_is_given()
    {
        // The folder's own latest date is 2022-01-21; the archive's is the follow-up meeting's.
        Assert.Equal((new LocalDate(2022, 2, 1), AsOfRule.LatestInRecords), (Standard.AsOf!.Value, Standard.AsOfRule));

        var before = ArchiveReportHelper.Model(ArchiveReportHelper.Standard(), new LocalDate(2022, 1, 25));

        Assert.Equal(AsOfRule.Given, before.AsOfRule);
        Assert.Equal(CommitmentState.Due, before.Commitments.Single(commitment => commitment.Id == "geneva-2022/written_response").Commitment.State);
        Assert.Contains("As of **2022-01-25**, the day asked for.", MarkdownReportWriter.WritePage(ArchiveReportHelper.Page(before, "archive/commitments")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_s_page_lists_its_meetings_statements_and_commitments_across_folders_in_date_order_undated_last()
    {
        var lavrov = ArchiveReportHelper.ActorPage(Standard, "Lavrov").Actor!;

        Assert.Equal(
            new[] { "meeting Geneva", "Demand", "Commitment", "meeting Moscow", "Statement", "Statement" },
            lavrov.Entries.Select(entry => entry switch
            {
                ActorGathering gathering => "meeting " + gathering.Name,
                ActorStatement statement => statement.Statement.Kind.ToString(),
                _ => "?",
            }));
        Assert.Null(lavrov.Entries[^1].Date);
        Assert.Equal(new[] { "geneva-2022", "geneva-2022", "geneva-2022", "geneva-2022-followup", "geneva-2022-followup", "actors" }, lavrov.Entries.Select(entry => entry.Source.Folder));

        var markdown = MarkdownReportWriter.WritePage(ArchiveReportHelper.ActorPage(Standard, "Lavrov"));
        Assert.Contains("- 2022-02-01: Meeting at Moscow with **Sergei Lavrov** <sub>[geneva-2022-followup](../../followup.md#track-1) · geneva-2022-followup/followup.neg line 5</sub>", markdown, StringComparison.Ordinal);
        Assert.Contains("[its tracks](../index.md) and [its commitment tracker](../commitments.md)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_s_page_has_the_commitments_made_to_it_with_their_state_and_the_declaration_links_to_who_is_who()
    {
        var russia = ArchiveReportHelper.ActorPage(Standard, "Russia");
        var entry = Assert.IsType<ActorStatement>(Assert.Single(russia.Actor!.Entries));

        Assert.Equal(CommitmentState.Fulfilled, entry.State);
        var html = HtmlReportWriter.WritePage(russia);
        Assert.Contains("<h1>Party: Russian Federation</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"state state-fulfilled\">fulfilled</span> — <span class=\"date\">2022-01-21</span>, Geneva: <span class=\"actor\">Antony Blinken</span> commits", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../actors.html#who-is-who\">actors</a> · actors/actors.neg line 3", html, StringComparison.Ordinal);
        var csv = ReportHelper.ParseCsv(CsvReportWriter.WritePage(russia));
        Assert.Equal(new[] { "Russia", "2022-01-21", "commitment", "written_response" }, csv[1].Take(4));
    }

    [Fact]
    public void Actor_pages_get_names_that_no_file_system_takes_for_one()
    {
        var archive = ArchiveReportHelper.Create(
            ("/archive/x/x.neg", "party us;\nparty US;\nus says \"a\" on 2022-01-01;\n"),
            ("/archive/y/y.neg", "party US;\nUS says \"b\" on 2022-01-02;\n"));

        var pages = ArchiveReportHelper.Model(archive).Actors.Select(actor => actor.Page).ToList();

        Assert.Equal(new[] { "archive/actors/us", "archive/actors/US-2", "archive/actors/US-3" }, pages);
        Assert.Equal(pages.Count, pages.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_page_in_every_format_is_the_same_for_the_same_archive()
    {
        var again = ArchiveReportHelper.Model(ArchiveReportHelper.Standard());

        Assert.Equal(ArchiveReportHelper.Written(Standard), ArchiveReportHelper.Written(again));
    }

    [Fact]
    public void The_tracker_lists_every_folder_s_agreements_and_offers_with_replies_from_other_folders_and_amounts()
    {
        var archive = ArchiveReportHelper.Create(
            ("/archive/actors/actors.neg", ArchiveReportHelper.Actors),
            ("/archive/deal/deal.neg",
                "use \"../actors\";\nrecord \"Deal\" published 2022-01-21;\n" +
                "deal: agreement \"Deal on arms\" kind joint_statement;\nUS signs deal on 2022-01-21;\n" +
                "cut: US commits \"to cut\" under deal amount at most 8600 troops on 2022-01-21;\n" +
                "arms: US offers \"talks on arms control\" to Russia on 2022-01-21;\n"),
            ("/archive/reply/reply.neg",
                "use \"../actors\";\nuse \"../deal\" as deal;\nrecord \"Reply\" published 2022-01-26;\nRussia rejects deal.arms on 2022-01-26;\n"));
        var model = ArchiveReportHelper.Model(archive);
        var page = ArchiveReportHelper.Page(model, "archive/commitments");

        var agreement = Assert.Single(model.Agreements);
        Assert.Equal(("deal/deal", "signed"), (agreement.Id, agreement.Agreement.State));
        var offer = Assert.Single(model.Proposals);
        Assert.Equal(("deal/arms", ReplyState.Rejected), (offer.Id, offer.Proposal.State));
        Assert.Equal("reply/reply.neg", Assert.Single(offer.Replies).Source.File);

        var markdown = MarkdownReportWriter.WritePage(page);
        Assert.Contains("## Agreements", markdown, StringComparison.Ordinal);
        Assert.Contains("[deal](../deal.md) · deal/deal.neg line 3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Replies to offers and proposals", markdown, StringComparison.Ordinal);
        Assert.Contains("| **rejected** | [deal](../deal.md#track-1) · deal/deal.neg line 6 | rejected 2022-01-26 by **Russian Federation**, in [reply](../reply.md#track-1) · reply/reply.neg line 4 |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("“to cut” — at most 8,600 troops", markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>Agreements</h2>", HtmlReportWriter.WritePage(page), StringComparison.Ordinal);

        var csv = CsvReportWriter.WritePage(page);
        Assert.Equal(("agreement", "deal", "cut"), (ReportHelper.CsvRow(csv, "deal/deal")["row"], ReportHelper.CsvRow(csv, "deal/deal")["compilation"], ReportHelper.CsvRow(csv, "deal/deal")["provisions"]));
        Assert.Equal("rejected 2022-01-26 by Russian Federation in reply/reply.neg line 4", ReportHelper.CsvRow(csv, "deal/arms")["events"]);
        Assert.Equal(("deal", "at most 8,600 troops"), (ReportHelper.CsvRow(csv, "deal/cut")["under"], ReportHelper.CsvRow(csv, "deal/cut")["quantities"]));
    }

    [Fact]
    public void The_tracker_lists_every_folder_s_milestones_with_their_state_and_the_other_folder_that_records_them()
    {
        var archive = ArchiveReportHelper.Create(
            ("/archive/actors/actors.neg", ArchiveReportHelper.Actors),
            ("/archive/plan/plan.neg",
                "use \"../actors\";\nrecord \"Plan\" published 2022-01-21;\n" +
                "endorsed: US says \"the plan is endorsed\" on 2022-01-21;\n" +
                "adoption: milestone \"Adoption Day\" after endorsed in 30 days;\n" +
                "resumption: milestone \"the talks resume\" on 2022-03-01;\n"),
            ("/archive/later/later.neg",
                "use \"../plan\" as plan;\nrecord \"Later\" published 2022-02-20;\nplan.adoption happens on 2022-02-20;\n"));
        var model = ArchiveReportHelper.Model(archive);
        var page = ArchiveReportHelper.Page(model, "archive/commitments");

        Assert.Equal(["plan/adoption", "plan/resumption"], model.Milestones.Select(milestone => milestone.Id));
        var adoption = model.Milestones[0];
        Assert.Equal(("happened", new ArchiveSource("plan", "plan", "track-1", "plan/plan.neg", 4)), (adoption.Milestone.State, adoption.Declared));
        Assert.Equal("later/later.neg", Assert.Single(adoption.Records).Source.File);
        Assert.Equal(("upcoming", 0), (model.Milestones[1].Milestone.State, model.Milestones[1].Records.Length));

        var markdown = MarkdownReportWriter.WritePage(page);
        Assert.Contains("- [Milestones](#milestones)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Milestone | Day | Counts from | State | Happened | Declared in | Records |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `adoption`: “Adoption Day” | 2022-02-20 | `endorsed` | **happened** | 2022-02-20 | [plan](../plan.md#track-1) · plan/plan.neg line 4 | happened 2022-02-20, in [later](../later.md#track-1) · later/later.neg line 3 |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("| **upcoming** | — | [plan](../plan.md#track-1) · plan/plan.neg line 5 | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>Milestones</h2>", HtmlReportWriter.WritePage(page), StringComparison.Ordinal);

        var csv = CsvReportWriter.WritePage(page);
        var row = ReportHelper.CsvRow(csv, "plan/adoption");
        Assert.Equal(("milestone", "plan", "plan/plan.neg", "4"), (row["row"], row["compilation"], row["file"], row["line"]));
        Assert.Equal(("Adoption Day", "2022-02-20", "endorsed", "happened"), (row["deliverable"], row["deadline"], row["counts_from"], row["state"]));
        Assert.Equal("happened 2022-02-20 in later/later.neg line 3", row["events"]);
    }
}
