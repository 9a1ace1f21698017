using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Diagnostics;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Records that list thousands of places, participants, offices or debtors: each check gives at most one
/// diagnostic per declaration or use, and each message names a few items and counts the rest.
/// </summary>
public sealed class BoundedDiagnosticsTests
{
    private const int LongestMessage = 1_000;

    [Fact]
    public void One_person_at_many_places_on_one_day_gets_one_warning_per_meeting()
    {
        const int places = 1_000;
        var text = "person Blinken;\n" + string.Concat(Ids(places).Select(id => "meeting Place" + id + " 2022-01-21 with Blinken < >\n"));

        var clashes = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2008").ToList();

        // Every meeting but the first starts while the person is at the others.
        Assert.Equal(places - 1, clashes.Count);
        Assert.All(clashes, clash => Assert.True(clash.Message.Length < LongestMessage, clash.Message));
        Assert.Equal(
            "'Blinken' takes part in a meeting in Place0000999 on 2022-01-21 that overlaps their meetings in Place0000000 (2022-01-21), " +
            "Place0000001 (2022-01-21), Place0000002 (2022-01-21), Place0000003 (2022-01-21), Place0000004 (2022-01-21) and 994 more places.",
            clashes[^1].Message);
    }

    [Fact]
    public void A_single_clash_names_the_other_place_and_its_date()
    {
        var clash = Single("person Blinken;\nmeeting Geneva 2022-01-20..2022-01-22 with Blinken < >\nmeeting Berlin 2022-01-21 with Blinken < >", "NEG2008");

        Assert.Equal("'Blinken' takes part in a meeting in Berlin on 2022-01-21 that overlaps their meetings in Geneva (2022-01-20..2022-01-22).", clash.Message);
    }

    [Fact]
    public void Many_meetings_at_the_same_places_are_one_warning_each_naming_each_place_once()
    {
        var text = "person Blinken;\n" + string.Concat(Enumerable.Repeat("meeting Geneva 2022-01-21 with Blinken < >\nmeeting Berlin 2022-01-21 with Blinken < >\n", 500));

        var clashes = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2008").ToList();

        Assert.Equal(999, clashes.Count);
        Assert.All(clashes, clash => Assert.DoesNotContain(" more places", clash.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("at 09:00 1h", "at 10:00 1h", false)]
    [InlineData("at 09:00 2h", "at 10:00 1h", true)]
    [InlineData("at 23:00 3h", "at 23:30 1h", true)]
    [InlineData("at 09:00 1h", "", true)]
    [InlineData("at 09:00", "at 09:30 1h", true)]
    public void Hours_decide_only_between_meetings_of_one_day_with_a_start_and_a_duration(string first, string second, bool clash)
    {
        var text = $"person Blinken;\nmeeting Geneva 2022-01-21 {first} with Blinken < >\nmeeting Berlin 2022-01-21 {second} with Blinken < >";

        Assert.Equal(clash ? 1 : 0, Compile(text).GetDiagnostics().Count(d => d.Code == "NEG2008"));
    }

    [Fact]
    public void Statements_by_a_non_participant_name_a_few_participants_and_count_the_rest()
    {
        const int participants = 2_000;
        var ids = Ids(participants);
        var text = "party USA;\nparty Out;\n" + string.Concat(ids.Select(id => "person P" + id + " of USA;\n")) +
            "meeting Geneva 2022-01-21 with " + string.Join(", ", ids.Select(id => "P" + id)) + " <\n" +
            string.Concat(Enumerable.Repeat("  Out says \"x\";\n", participants)) + ">\n";

        var outsiders = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2007").ToList();

        Assert.Equal(participants, outsiders.Count);
        Assert.All(outsiders, diagnostic => Assert.Equal(
            "'Out' speaks in a meeting whose participants (P0000000, P0000001, P0000002, P0000003, P0000004 and 1,995 more) do not include them.",
            diagnostic.Message));
    }

    [Fact]
    public void Offices_not_held_are_named_a_few_at_a_time()
    {
        var offices = string.Concat(Ids(300).Select(id => " office \"o" + id + "\" from 2000-01-01 until 2000-01-02"));
        var text = "party USA;\nperson B of USA" + offices + ";\n" + string.Concat(Enumerable.Repeat("meeting M 2022-01-21 with B < >\n", 300));

        var invalid = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2006").ToList();

        Assert.Equal(300, invalid.Count);
        Assert.All(invalid, diagnostic => Assert.EndsWith("o0000004 2000-01-01..2000-01-02 and 295 more).", diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Settlements_by_someone_else_name_a_few_debtors()
    {
        var ids = Ids(500);
        var text = string.Concat(ids.Select(id => "party Q" + id + ";\n")) + "party Out;\nc: " + string.Join(", ", ids.Select(id => "Q" + id)) +
            " commits \"x\" on 2022-01-01;\n" + string.Concat(Enumerable.Repeat("Out fulfils c on 2022-01-02;\n", 100));

        var wrong = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG4005").ToList();

        Assert.Equal(100, wrong.Count);
        Assert.All(wrong, diagnostic => Assert.Equal(
            "'c' is marked fulfilled by Out, but was committed by Q0000000, Q0000001, Q0000002, Q0000003, Q0000004 and 495 more.", diagnostic.Message));
    }

    [Fact]
    public void A_long_cycle_of_parties_is_shown_by_its_first_links()
    {
        // P999 of P998 ... of P0, and P0 lists every one of them as a member: a cycle through each, up to 1,000 long.
        var text = string.Concat(Enumerable.Range(1, 999).Reverse().Select(i => $"party P{i} of P{i - 1};\n")) +
            "party P0 members " + string.Join(", ", Enumerable.Range(1, 999).Reverse().Select(i => "P" + i.ToString(CultureInfo.InvariantCulture))) + ";\n";

        var cycles = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2013").ToList();

        Assert.Equal(999, cycles.Count);
        Assert.All(cycles, cycle => Assert.True(cycle.Message.Length < LongestMessage, cycle.Message));
        Assert.Equal("'P999' is its own member or parent, through 'members' and 'of': 'P999' -> 'P998' -> 'P997' -> 'P996' -> 'P995' and 995 more -> 'P999'.", cycles[0].Message);
    }

    [Fact]
    public void A_listed_name_of_fifty_thousand_characters_is_cut_short()
    {
        var name = new string('a', 50_000);
        var text = $"party Out;\nperson {name};\nmeeting Geneva 2022-01-21 with {name} <\n" + string.Concat(Enumerable.Repeat("  Out says \"x\";\n", 100)) + ">\n";

        var outsiders = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2007").ToList();

        Assert.Equal(100, outsiders.Count);
        Assert.All(outsiders, diagnostic => Assert.Equal(
            "'Out' speaks in a meeting whose participants (" + name[..(DiagnosticCatalog.MaxListedItemLength - 1)] + "…) do not include them.", diagnostic.Message));
    }

    private static List<string> Ids(int count) => Enumerable.Range(0, count).Select(i => i.ToString("0000000", CultureInfo.InvariantCulture)).ToList();
}
