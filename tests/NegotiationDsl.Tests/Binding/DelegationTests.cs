using System.Linq;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Reports.Archives;
using NegotiationDsl.Tests.Reports;
using NegotiationDsl.Symbols;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Delegations at meetings and rounds of talks (language.md §20.3): the members and lead, each check at a pinned span, and the JSON.</summary>
public sealed class DelegationTests
{
    private const string Actors =
        "party USA state;\nparty Russia state;\nparty NATO alliance members USA;\n" +
        "person Sherman office \"Deputy Secretary of State\" of USA from 2021-04-14;\nperson Karpovich of USA;\nperson Wilson;\n" +
        "person Ryabkov office \"Deputy Foreign Minister\" of Russia from 2008-01-01;\nperson Grushko of Russia;\n";

    private static MeetingSymbol Meeting(string text) => Compile(Actors + text).Symbols.OfType<MeetingSymbol>().Single();

    [Fact]
    public void Members_and_lead_are_bound_in_the_order_written()
    {
        var meeting = Meeting("meeting Geneva 2022-01-10 with Sherman, Ryabkov delegation USA Sherman, Karpovich, Wilson led by Sherman delegation Russia Ryabkov < >");

        Assert.Equal(["USA", "Russia"], meeting.Delegations.Select(delegation => delegation.Party.Name));
        Assert.Equal(["Sherman", "Karpovich", "Wilson"], meeting.Delegations[0].Members.Select(member => member.Name));
        Assert.Equal("Sherman", meeting.Delegations[0].Lead?.Name);
        Assert.Null(meeting.Delegations[1].Lead);
    }

    [Fact]
    public void Delegations_whose_party_or_lead_is_at_the_table_check_clean() =>
        AssertDiagnostics(Actors +
            "meeting Geneva 2022-01-10 with Sherman, Ryabkov delegation USA Sherman, Karpovich, Wilson led by Sherman delegation Russia Ryabkov, Grushko led by Ryabkov < >\n" +
            "talks \"t\" with USA delegation USA Karpovich, Wilson < >\nmeeting Vienna delegation NATO Karpovich < >");

    [Fact]
    public void Only_a_lead_is_its_delegation()
    {
        var meeting = Meeting("meeting Geneva delegation Russia led by Ryabkov < >");

        Assert.Equal("Ryabkov", Assert.Single(meeting.Delegations[0].Members).Name);
    }

    [Fact]
    public void A_member_of_another_party_that_day() =>
        AssertDiagnostics(Actors + "meeting Geneva 2022-01-10 with USA delegation USA Sherman, [Grushko], Wilson < >", "NEG5053");

    [Fact]
    public void An_office_of_the_party_counts_on_the_days_it_is_held_with_the_dates_precision()
    {
        const string steinmeier = "party Germany state;\nparty OSCE organisation;\nperson Steinmeier of Germany office \"Chairperson-in-Office\" of OSCE from 2016-01-01 until 2016-12-31;\n";

        AssertDiagnostics(steinmeier + "meeting Vienna 2016-03 with OSCE delegation OSCE Steinmeier < >\nmeeting Vienna 2016 with OSCE delegation OSCE Steinmeier < >\nmeeting Vienna delegation OSCE Steinmeier < >");
        Assert.EndsWith("belongs to Germany on 2017-05-01.", Single(steinmeier + "meeting Vienna 2017-05-01 with OSCE delegation OSCE Steinmeier < >", "NEG5053").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_in_two_delegations() =>
        AssertDiagnostics(Actors + "meeting Geneva with USA, Russia delegation USA Karpovich delegation Russia Grushko, [Karpovich] < >", "NEG5054");

    [Fact]
    public void A_lead_left_out_of_the_list_is_counted_as_a_member_with_a_warning()
    {
        AssertDiagnostics(Actors + "meeting Geneva with USA delegation USA Karpovich led by [Sherman] < >", "NEG5055");
        var meeting = Meeting("meeting Geneva with USA delegation USA Karpovich led by Sherman < >");
        Assert.Equal(["Sherman", "Karpovich"], meeting.Delegations[0].Members.Select(member => member.Name));
    }

    [Fact]
    public void A_party_with_two_delegations() =>
        AssertDiagnostics(Actors + "meeting Geneva with USA delegation USA Sherman [delegation USA Karpovich] < >", "NEG5056");

    [Fact]
    public void A_delegation_nobody_at_the_table_speaks_for_counts_its_members_as_participants_with_a_warning()
    {
        AssertDiagnostics(Actors + "meeting Geneva with Sherman delegation Russia [Grushko] < >", "NEG5057");
        Assert.Contains(Meeting("meeting Geneva with Sherman delegation Russia Grushko < >").Participants, actor => actor.Name == "Grushko");
    }

    [Fact]
    public void A_delegation_for_a_person_is_the_person_where_a_party_is_needed() =>
        AssertDiagnostics(Actors + "meeting Geneva delegation [Sherman] Karpovich < >", "NEG2002");

    [Fact]
    public void Json_delegations_carry_party_lead_and_members()
    {
        var root = JsonDocument.Parse(RecordJsonWriter.Write(Compile(Actors + "meeting Geneva with USA delegation USA Sherman, Karpovich led by Sherman < >\ntalks \"t\" < >"), "test")).RootElement;

        var delegation = root.GetProperty("meetings")[0].GetProperty("delegations")[0];
        Assert.Equal("USA", delegation.GetProperty("party").GetString());
        Assert.Equal("Sherman", delegation.GetProperty("lead").GetString());
        Assert.Equal(["Sherman", "Karpovich"], delegation.GetProperty("members").EnumerateArray().Select(member => member.GetString()));
        Assert.Equal(0, root.GetProperty("talks")[0].GetProperty("delegations").GetArrayLength());
    }

    [Fact]
    public void The_report_s_meeting_table_lists_each_delegation_after_the_participants()
    {
        var markdown = MarkdownReportWriter.Write(ReportModel.Build(Compile(Actors + "meeting Geneva with USA delegation USA Sherman, Karpovich led by Sherman < >"), "test"));

        Assert.Contains("**USA** · delegation of **USA** led by **Sherman**: **Sherman** and **Karpovich** |", markdown, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_s_archive_page_lists_the_meeting_even_when_only_the_head_is_a_participant()
    {
        var archive = ArchiveReportHelper.Create(("/archive/talks/talks.neg", Actors + "meeting Geneva 2022-01-10 with Sherman delegation USA Sherman, Karpovich < >"));

        var karpovich = ArchiveReportHelper.ActorPage(ArchiveReportHelper.Model(archive), "Karpovich").Actor!;

        Assert.Equal("Geneva", Assert.IsType<ActorGathering>(Assert.Single(karpovich.Entries)).Name);
    }
}
