using System.Linq;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Each name and actor diagnostic: one case that reports it at a pinned span, one that must not.</summary>
public sealed class NameDiagnosticTests
{
    [Fact]
    public void The_design_card_line_reports_Blinken_as_unknown() =>
        AssertDiagnostics("meeting Geneva 1.5h < [Blinken] commits \"written response\" by [next_week]; >", "NEG2001", "NEG3003");

    [Fact]
    public void An_unknown_name_suggests_the_declared_one()
    {
        var diagnostic = Single("person Blinken;\nmeeting Geneva < Blinkin says \"x\"; >", "NEG2001");

        Assert.Equal("'Blinkin' is not declared; did you mean 'Blinken'?", diagnostic.Message);
        Assert.Equal("2,18", diagnostic.Location.LineSpan.Start.ToString());
    }

    [Fact]
    public void A_name_declared_in_another_file_of_the_compilation_resolves()
    {
        var compilation = Compile("person Blinken;", "meeting Geneva < Blinken says \"x\"; >");

        Assert.Empty(compilation.GetDiagnostics());
    }

    [Fact]
    public void A_person_where_a_party_is_needed() =>
        AssertDiagnostics("person Blinken;\nparty USA;\nparty West bloc members USA, [Blinken];", "NEG2002");

    [Fact]
    public void A_party_where_a_party_is_needed_is_fine() =>
        AssertDiagnostics("party USA;\nparty NATO;\nparty West bloc members USA, NATO;");

    [Fact]
    public void A_party_where_a_person_is_needed() =>
        AssertDiagnostics("party Kremlin;\nparty USA;\nKremlin calls USA \"x\" via [USA];", "NEG2003");

    [Fact]
    public void A_person_as_spokesperson_is_fine() =>
        AssertDiagnostics("party Kremlin;\nperson Peskov;\nKremlin says \"x\" via Peskov;");

    [Fact]
    public void A_spokesperson_for_a_person_is_flagged() =>
        AssertDiagnostics("person Putin;\nperson Peskov;\nPutin says \"x\" [via Peskov];", "NEG2012");

    [Fact]
    public void A_party_that_belongs_to_itself_is_an_error_and_binding_ends() =>
        AssertDiagnostics("party A of B;\nparty B of [A];\nmeeting Geneva 2022-01-21 with A <\n  A says \"x\";\n>", "NEG2013");

    [Theory]
    [InlineData("party G7 bloc members [G7];")]
    [InlineData("party EU bloc members France;\nparty France state of [EU];")]
    [InlineData("party A bloc members B;\nparty B bloc members C;\nparty C bloc members [A];")]
    public void Members_that_lead_back_to_the_party_are_a_cycle_too(string annotated) =>
        AssertDiagnostics(annotated + "\nparty X;\nX says \"x\";", "NEG2013");

    [Fact]
    public void A_party_of_itself_is_a_cycle_of_one() =>
        AssertDiagnostics("party A of [A];\nA says \"x\";", "NEG2013");

    [Fact]
    public void An_agreement_needs_two_distinct_actors() =>
        AssertDiagnostics("party USA;\n[USA and USA] agree \"x\";", "NEG2004");

    [Fact]
    public void An_agreement_of_two_actors_is_fine() =>
        AssertDiagnostics("party USA;\nparty Russia;\nUSA and Russia agree \"x\";");

    [Fact]
    public void A_duplicate_declaration_points_at_the_first() =>
        AssertDiagnostics("party USA;\nperson [USA];", "NEG2005");

    [Fact]
    public void An_office_not_held_on_the_meeting_date() =>
        AssertDiagnostics("party USA;\nperson Blinken office \"Secretary of State\" of USA from 2021-01-26;\nmeeting Geneva 2020-01-21 with [Blinken] < >", "NEG2006");

    [Fact]
    public void An_office_held_on_the_meeting_date_is_fine() =>
        AssertDiagnostics("party USA;\nperson Blinken office \"Secretary of State\" of USA from 2021-01-26;\nmeeting Geneva 2022-01-21 with Blinken < >");

    [Fact]
    public void An_office_whose_start_precision_cannot_decide_is_not_flagged() =>
        AssertDiagnostics("party USA;\nperson Blinken office \"Secretary of State\" of USA from 2021-01;\nmeeting Geneva 2021-01-10 with Blinken < >");

    [Fact]
    public void A_statement_by_someone_not_among_the_participants_is_a_warning() =>
        AssertDiagnostics("person Blinken;\nperson Lavrov;\nperson Sherman;\nmeeting Geneva with Blinken, Lavrov < [Sherman] says \"x\"; >", "NEG2007");

    [Fact]
    public void A_person_speaks_for_a_participating_party_and_a_party_for_its_participating_person() =>
        AssertDiagnostics("party Russia;\nparty USA;\nperson Ryabkov of Russia;\nperson Blinken of USA;\nmeeting Geneva with Russia, Blinken < Ryabkov says \"x\"; USA says \"y\"; >");

    [Fact]
    public void The_same_person_in_overlapping_meetings_at_different_places() =>
        AssertDiagnostics("person Blinken;\nmeeting Geneva 2022-01-21 with Blinken < >\nmeeting Berlin 2022-01-21 with [Blinken] < >", "NEG2008");

    [Fact]
    public void A_meeting_is_reported_once_per_other_place_it_overlaps() =>
        AssertDiagnostics("person Blinken;\nmeeting Geneva 2022-01-21 with Blinken < >\nmeeting Geneva 2022-01-21 with Blinken < >\n" +
            "meeting Berlin 2022-01-21 with [Blinken] < >", "NEG2008");

    [Fact]
    public void Thousands_of_meetings_at_one_place_on_one_day_are_no_clash()
    {
        // Every pair of these was once compared: 50 MB of such meetings took longer than ten minutes.
        var text = "person Blinken;\n" + string.Concat(Enumerable.Repeat("meeting Geneva 2022-01-21 with Blinken < >\n", 5_000)) +
            "meeting Berlin 2022-01-21 with Blinken < >\n";

        var overlaps = BindingHelper.Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2008").ToList();

        Assert.Single(overlaps);
        Assert.Contains("Berlin", overlaps[0].Message);
    }

    [Fact]
    public void Meetings_at_different_hours_of_one_day_do_not_overlap() =>
        AssertDiagnostics("person Blinken;\nmeeting Geneva 2022-01-21 at 09:00 1h with Blinken < >\nmeeting Berlin 2022-01-21 at 18:00 1h with Blinken < >");

    [Fact]
    public void An_unused_declaration_is_an_info() =>
        AssertDiagnostics("party [Georgia];\nparty USA;\nUSA says \"x\";", "NEG2009");

    [Fact]
    public void A_duplicate_label() =>
        AssertDiagnostics("party A;\nc: A says \"x\";\n[c]: A says \"y\";", "NEG2010");

    [Fact]
    public void Rejecting_something_that_is_not_a_demand() =>
        AssertDiagnostics("party A;\nc: A commits \"x\";\nA rejects [c];", "NEG2011");

    [Fact]
    public void Rejecting_a_demand_is_fine() =>
        AssertDiagnostics("party A;\nparty B;\nd: A demands \"x\" of B;\nB rejects d;");

    [Fact]
    public void A_suppression_comment_silences_the_next_line_only()
    {
        var compilation = Compile("// neg-disable-next-line NEG2001\nNobody says \"x\";\nNobody says \"y\"; // neg-disable-line\nNobody says \"z\";");

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal(4, diagnostic.Location.LineSpan.Start.Line + 1);
    }
}
