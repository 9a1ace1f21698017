using System.Linq;
using NegotiationDsl.Diagnostics;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Each date diagnostic: a case that reports it at a pinned span, and one that must not.</summary>
public sealed class DateDiagnosticTests
{
    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2022-13")]
    [InlineData("2021-W53")]
    [InlineData("0000-01-01")]
    public void An_invalid_calendar_date(string date) =>
        AssertDiagnostics($"party A;\nA commits \"x\" by [{date}];", "NEG3001");

    [Fact]
    public void A_leap_day_and_week_53_that_exist_are_fine() =>
        AssertDiagnostics("party A;\nA commits \"x\" by 2024-02-29;\nA commits \"y\" by 2020-W53;");

    [Fact]
    public void A_reversed_range() =>
        AssertDiagnostics("party A;\nmeeting Geneva [2022-01-13..2022-01-10] with A < >", "NEG3002");

    [Fact]
    public void A_relative_date_without_any_anchor_is_reported_not_guessed() =>
        AssertDiagnostics("party A;\nA commits \"x\" by [next_week];", "NEG3003");

    [Fact]
    public void A_deadline_before_the_statement() =>
        AssertDiagnostics("party A;\nmeeting Geneva 2022-01-21 < A commits \"x\" [by yesterday]; >", "NEG3004");

    [Fact]
    public void A_deadline_whose_precision_cannot_decide_is_not_flagged() =>
        AssertDiagnostics("party A;\nmeeting Geneva 2022-01-21 < A commits \"x\" by 2022-01; >");

    [Fact]
    public void A_zero_duration() =>
        AssertDiagnostics("meeting Geneva [0h] < >", "NEG3005");

    [Fact]
    public void A_duration_longer_than_the_meeting_days() =>
        AssertDiagnostics("meeting Geneva 2022-01-21 [30h] < >", "NEG3006");

    [Theory]
    [InlineData("9999999999999999999991h0min")]
    [InlineData("99999999999999999999w")]
    [InlineData("1000001d")]
    [InlineData("24000001h")]
    [InlineData("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000min")]
    public void A_duration_too_long_for_any_clock_is_an_error_not_a_silent_clamp(string duration) =>
        AssertDiagnostics($"meeting Geneva 2022-01-21 [{duration}] < >", "NEG3015");

    [Fact]
    public void A_duration_too_long_is_left_out_of_the_meeting()
    {
        var compilation = Compile("meeting Geneva 2022-01-10..2022-01-11 99999999999h < >");

        Assert.Null(Assert.Single(compilation.Meetings).Duration);
        Assert.Equal("The duration '99999999999h' is longer than 1,000,000 days, the longest a duration may be.", Single("meeting Geneva 99999999999h < >", "NEG3015").Message);
    }

    [Fact]
    public void The_longest_duration_is_implausible_for_one_day_but_not_an_error() =>
        AssertDiagnostics("meeting Geneva 2022-01-21 [1000000d] < >", "NEG3006");

    [Fact]
    public void A_round_of_talks_gets_the_same_duration_check_as_a_meeting()
    {
        var diagnostic = Single("talks \"t\" 2022-01-21 30h < >", "NEG3006");

        Assert.Equal("The duration '30h' is longer than 24 hours, 24 hours for each of the meeting's 1 day(s).", diagnostic.Message);
    }

    [Fact]
    public void A_long_duration_over_a_multi_day_meeting_is_fine() =>
        AssertDiagnostics("meeting Geneva 2022-01-10..2022-01-11 30h < >");

    [Fact]
    public void A_day_that_does_not_exist_after_month_arithmetic_is_clamped_with_an_info() =>
        AssertDiagnostics("record \"r\" published 2020-02-29;\nparty A;\nA commits \"x\" by [in 1 year];", "NEG3007");

    [Fact]
    public void A_fuzzy_date_without_a_policy() =>
        AssertDiagnostics("party A;\nmeeting Geneva 2022-01-21 < A commits \"x\" by [coming_days]; >", "NEG3008");

    [Fact]
    public void An_invalid_time_of_day() =>
        AssertDiagnostics("meeting Geneva at [25:00] < >", "NEG3009");

    [Fact]
    public void A_count_that_is_not_whole() =>
        AssertDiagnostics("record \"r\" published 2022-01-01;\nparty A;\nA commits \"x\" by in [1.5] days;", "NEG3010");

    [Fact]
    public void A_policy_must_be_an_offset() =>
        AssertDiagnostics("policy soon [next_week];", "NEG3011");

    [Theory]
    [InlineData("record \"r\" published 9999-12-30;\nparty A;\nA commits \"x\" by [next_week];")]
    [InlineData("record \"r\" published 9999-06-01;\nparty A;\nA says \"x\" on [next_year];")]
    [InlineData("record \"r\" published 0001-01-01;\nparty A;\nA says \"x\" on [yesterday];")]
    [InlineData("record \"r\" published 2022-01-21;\nparty A;\nA commits \"x\" by [in 99999999 days];")]
    [InlineData("record \"r\" published 2022-01-21;\nparty A;\nA commits \"x\" by [2147483647 years ago];")]
    [InlineData("record \"r\" published 2022-01-21;\nparty A;\nA commits \"x\" by [in 99999999999999999999 days];")]
    [InlineData("record \"r\" published 2022-01-21;\nparty A;\nA commits \"x\" by [within 2147483648 weeks];")]
    public void A_date_carried_outside_the_calendar_is_an_error_not_an_exception(string annotated) =>
        AssertDiagnostics(annotated, "NEG3013");

    [Fact]
    public void The_last_day_of_the_calendar_is_a_date() =>
        AssertDiagnostics("party A;\nmeeting Geneva 9999-12-31 with A <\n  A says \"x\" on today;\n>");

    [Fact]
    public void A_statement_after_itself_is_a_cycle_and_its_deadline_is_not_invented()
    {
        AssertDiagnostics("party A;\nmeeting Geneva 2022-01-21 <\n  c: A commits \"x\" after [c] within 3 days;\n>", "NEG3014");

        var compilation = Compile("party A;\nmeeting Geneva 2022-01-21 <\n  c: A commits \"x\" after c within 3 days;\n>");
        var commitment = Assert.Single(compilation.Commitments);
        Assert.Null(commitment.Deadline);
        Assert.Equal(NegotiationDsl.Model.CommitmentState.Unknown, commitment.GetState(new NodaTime.LocalDate(2022, 1, 22)));
        Assert.Equal("The statements come after one another in a cycle: c after c. A date cannot count from itself; deadlines that count along the cycle stay unresolved.",
            Single("party A;\nmeeting Geneva 2022-01-21 <\n  c: A commits \"x\" after c within 3 days;\n>", "NEG3014").Message);
    }

    [Fact]
    public void A_longer_cycle_is_reported_once_and_every_deadline_counting_along_it_stays_unresolved()
    {
        const string text = "party A;\nmeeting Geneva 2022-01-21 <\n" +
            "  a: A commits \"x\" after b within 3 days;\n" +
            "  b: A commits \"y\" after c within 3 days;\n" +
            "  c: A commits \"z\" after [a] within 3 days;\n" +
            "  d: A commits \"w\" after a within 3 days;\n" +
            "  e: A commits \"v\" after d by 2022-03-01;\n" +
            "  f: A commits \"u\" after e within 3 days;\n>";

        AssertDiagnostics(text, "NEG3014");

        var compilation = Compile(text.Replace("[", "", System.StringComparison.Ordinal).Replace("]", "", System.StringComparison.Ordinal));
        Assert.Contains("a after b after c after a", Assert.Single(compilation.GetDiagnostics(), d => d.Code == "NEG3014").Message, System.StringComparison.Ordinal);
        var deadlines = compilation.Commitments.ToDictionary(c => c.Name, c => c.Deadline?.ToString());
        Assert.Null(deadlines["a"]);
        Assert.Null(deadlines["b"]);
        Assert.Null(deadlines["c"]);
        Assert.Null(deadlines["d"]);
        Assert.Equal("2022-03-01", deadlines["e"]);
        Assert.Equal("2022-03-01..2022-03-04", deadlines["f"]);
    }

    [Fact]
    public void A_long_cycle_is_named_by_its_ends_and_its_length()
    {
        var text = new System.Text.StringBuilder("party A;\nmeeting Geneva 2022-01-21 <\n");
        for (var i = 0; i < 1000; i++) text.Append("  s").Append(i).Append(": A commits \"x\" after s").Append((i + 1) % 1000).Append(" within 1 day;\n");

        var diagnostic = Single(text.Append(">\n").ToString(), "NEG3014");

        Assert.Equal("The statements come after one another in a cycle: s0 after s1 after s2 after s3 after … after s996 after s997 after s998 after s999 after s0 (1000 statements). A date cannot count from itself; deadlines that count along the cycle stay unresolved.", diagnostic.Message);
    }

    [Fact]
    public void A_cycle_of_long_labels_names_them_cut_short()
    {
        var a = "a" + new string('x', 5_000);
        var b = "b" + new string('y', 5_000);
        var text = "party A;\nmeeting Geneva 2022-01-21 <\n  " + a + ": A commits \"x\" after " + b + " within 1 day;\n  " + b + ": A commits \"y\" after " + a + " within 1 day;\n>\n";

        var message = Single(text, "NEG3014").Message;

        var (shortA, shortB) = (DiagnosticCatalog.Shorten(a), DiagnosticCatalog.Shorten(b));
        Assert.Equal(DiagnosticCatalog.MaxListedItemLength, shortA.Length);
        Assert.Contains(shortA + " after " + shortB + " after " + shortA + ".", message, System.StringComparison.Ordinal);
        Assert.True(message.Length < 500, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Statements_after_one_another_without_a_cycle_get_no_cycle_diagnostic() =>
        AssertDiagnostics("party A;\nmeeting Geneva 2022-01-21 <\n  a: A commits \"x\" after b within 3 days;\n  b: A commits \"y\" within 2 days;\n  c: A commits \"z\" after a after b within 1 day;\n>");

    [Fact]
    public void A_policy_is_declared_once() =>
        AssertDiagnostics("policy soon within 7 days;\npolicy [soon] within 14 days;", "NEG3012");
}
