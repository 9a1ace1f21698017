using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Relative dates against many anchors: year ends, leap days, ISO week 53, months of 28 to 31 days.
/// The expected values were computed independently (Python's datetime), not by the code under test.
/// </summary>
public sealed class DateTableTests
{
    public static TheoryData<string, string, string> Table()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Rows)
        {
            var parts = row.Split(" | ");
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    private static readonly string[] Rows =
    {
        "2022-01-21 | today | 2022-01-21",
        "2022-01-21 | tomorrow | 2022-01-22",
        "2022-01-21 | yesterday | 2022-01-20",
        "2022-01-21 | this_week | 2022-01-17..2022-01-23",
        "2022-01-21 | next_week | 2022-01-24..2022-01-30",
        "2022-01-21 | last_week | 2022-01-10..2022-01-16",
        "2022-01-21 | this_month | 2022-01-01..2022-01-31",
        "2022-01-21 | next_month | 2022-02-01..2022-02-28",
        "2022-01-21 | last_month | 2021-12-01..2021-12-31",
        "2022-01-21 | this_year | 2022-01-01..2022-12-31",
        "2022-01-21 | next_year | 2023-01-01..2023-12-31",
        "2022-01-21 | last_year | 2021-01-01..2021-12-31",
        "2022-01-21 | in 3 days | 2022-01-24",
        "2022-01-21 | within 2 weeks | 2022-01-21..2022-02-04",
        "2022-01-21 | 3 days ago | 2022-01-18",
        "2022-01-21 | in 1 month | 2022-02-21",
        "2022-01-21 | in 1 year | 2023-01-21",
        "2022-01-21 | 1 month ago | 2021-12-21",
        "2021-12-31 | today | 2021-12-31",
        "2021-12-31 | tomorrow | 2022-01-01",
        "2021-12-31 | yesterday | 2021-12-30",
        "2021-12-31 | this_week | 2021-12-27..2022-01-02",
        "2021-12-31 | next_week | 2022-01-03..2022-01-09",
        "2021-12-31 | last_week | 2021-12-20..2021-12-26",
        "2021-12-31 | this_month | 2021-12-01..2021-12-31",
        "2021-12-31 | next_month | 2022-01-01..2022-01-31",
        "2021-12-31 | last_month | 2021-11-01..2021-11-30",
        "2021-12-31 | this_year | 2021-01-01..2021-12-31",
        "2021-12-31 | next_year | 2022-01-01..2022-12-31",
        "2021-12-31 | last_year | 2020-01-01..2020-12-31",
        "2021-12-31 | in 3 days | 2022-01-03",
        "2021-12-31 | within 2 weeks | 2021-12-31..2022-01-14",
        "2021-12-31 | 3 days ago | 2021-12-28",
        "2021-12-31 | in 1 month | 2022-01-31",
        "2021-12-31 | in 1 year | 2022-12-31",
        "2021-12-31 | 1 month ago | 2021-11-30",
        "2020-12-31 | today | 2020-12-31",
        "2020-12-31 | tomorrow | 2021-01-01",
        "2020-12-31 | yesterday | 2020-12-30",
        "2020-12-31 | this_week | 2020-12-28..2021-01-03",
        "2020-12-31 | next_week | 2021-01-04..2021-01-10",
        "2020-12-31 | last_week | 2020-12-21..2020-12-27",
        "2020-12-31 | this_month | 2020-12-01..2020-12-31",
        "2020-12-31 | next_month | 2021-01-01..2021-01-31",
        "2020-12-31 | last_month | 2020-11-01..2020-11-30",
        "2020-12-31 | this_year | 2020-01-01..2020-12-31",
        "2020-12-31 | next_year | 2021-01-01..2021-12-31",
        "2020-12-31 | last_year | 2019-01-01..2019-12-31",
        "2020-12-31 | in 3 days | 2021-01-03",
        "2020-12-31 | within 2 weeks | 2020-12-31..2021-01-14",
        "2020-12-31 | 3 days ago | 2020-12-28",
        "2020-12-31 | in 1 month | 2021-01-31",
        "2020-12-31 | in 1 year | 2021-12-31",
        "2020-12-31 | 1 month ago | 2020-11-30",
        "2020-02-29 | today | 2020-02-29",
        "2020-02-29 | tomorrow | 2020-03-01",
        "2020-02-29 | yesterday | 2020-02-28",
        "2020-02-29 | this_week | 2020-02-24..2020-03-01",
        "2020-02-29 | next_week | 2020-03-02..2020-03-08",
        "2020-02-29 | last_week | 2020-02-17..2020-02-23",
        "2020-02-29 | this_month | 2020-02-01..2020-02-29",
        "2020-02-29 | next_month | 2020-03-01..2020-03-31",
        "2020-02-29 | last_month | 2020-01-01..2020-01-31",
        "2020-02-29 | this_year | 2020-01-01..2020-12-31",
        "2020-02-29 | next_year | 2021-01-01..2021-12-31",
        "2020-02-29 | last_year | 2019-01-01..2019-12-31",
        "2020-02-29 | in 3 days | 2020-03-03",
        "2020-02-29 | within 2 weeks | 2020-02-29..2020-03-14",
        "2020-02-29 | 3 days ago | 2020-02-26",
        "2020-02-29 | in 1 month | 2020-03-29",
        "2020-02-29 | in 1 year | 2021-02-28",
        "2020-02-29 | 1 month ago | 2020-01-29",
        "2024-02-29 | today | 2024-02-29",
        "2024-02-29 | tomorrow | 2024-03-01",
        "2024-02-29 | yesterday | 2024-02-28",
        "2024-02-29 | this_week | 2024-02-26..2024-03-03",
        "2024-02-29 | next_week | 2024-03-04..2024-03-10",
        "2024-02-29 | last_week | 2024-02-19..2024-02-25",
        "2024-02-29 | this_month | 2024-02-01..2024-02-29",
        "2024-02-29 | next_month | 2024-03-01..2024-03-31",
        "2024-02-29 | last_month | 2024-01-01..2024-01-31",
        "2024-02-29 | this_year | 2024-01-01..2024-12-31",
        "2024-02-29 | next_year | 2025-01-01..2025-12-31",
        "2024-02-29 | last_year | 2023-01-01..2023-12-31",
        "2024-02-29 | in 3 days | 2024-03-03",
        "2024-02-29 | within 2 weeks | 2024-02-29..2024-03-14",
        "2024-02-29 | 3 days ago | 2024-02-26",
        "2024-02-29 | in 1 month | 2024-03-29",
        "2024-02-29 | in 1 year | 2025-02-28",
        "2024-02-29 | 1 month ago | 2024-01-29",
        "2021-01-31 | today | 2021-01-31",
        "2021-01-31 | tomorrow | 2021-02-01",
        "2021-01-31 | yesterday | 2021-01-30",
        "2021-01-31 | this_week | 2021-01-25..2021-01-31",
        "2021-01-31 | next_week | 2021-02-01..2021-02-07",
        "2021-01-31 | last_week | 2021-01-18..2021-01-24",
        "2021-01-31 | this_month | 2021-01-01..2021-01-31",
        "2021-01-31 | next_month | 2021-02-01..2021-02-28",
        "2021-01-31 | last_month | 2020-12-01..2020-12-31",
        "2021-01-31 | this_year | 2021-01-01..2021-12-31",
        "2021-01-31 | next_year | 2022-01-01..2022-12-31",
        "2021-01-31 | last_year | 2020-01-01..2020-12-31",
        "2021-01-31 | in 3 days | 2021-02-03",
        "2021-01-31 | within 2 weeks | 2021-01-31..2021-02-14",
        "2021-01-31 | 3 days ago | 2021-01-28",
        "2021-01-31 | in 1 month | 2021-02-28",
        "2021-01-31 | in 1 year | 2022-01-31",
        "2021-01-31 | 1 month ago | 2020-12-31",
        "2022-01-03 | today | 2022-01-03",
        "2022-01-03 | tomorrow | 2022-01-04",
        "2022-01-03 | yesterday | 2022-01-02",
        "2022-01-03 | this_week | 2022-01-03..2022-01-09",
        "2022-01-03 | next_week | 2022-01-10..2022-01-16",
        "2022-01-03 | last_week | 2021-12-27..2022-01-02",
        "2022-01-03 | this_month | 2022-01-01..2022-01-31",
        "2022-01-03 | next_month | 2022-02-01..2022-02-28",
        "2022-01-03 | last_month | 2021-12-01..2021-12-31",
        "2022-01-03 | this_year | 2022-01-01..2022-12-31",
        "2022-01-03 | next_year | 2023-01-01..2023-12-31",
        "2022-01-03 | last_year | 2021-01-01..2021-12-31",
        "2022-01-03 | in 3 days | 2022-01-06",
        "2022-01-03 | within 2 weeks | 2022-01-03..2022-01-17",
        "2022-01-03 | 3 days ago | 2021-12-31",
        "2022-01-03 | in 1 month | 2022-02-03",
        "2022-01-03 | in 1 year | 2023-01-03",
        "2022-01-03 | 1 month ago | 2021-12-03",
        "2022-01-02 | today | 2022-01-02",
        "2022-01-02 | tomorrow | 2022-01-03",
        "2022-01-02 | yesterday | 2022-01-01",
        "2022-01-02 | this_week | 2021-12-27..2022-01-02",
        "2022-01-02 | next_week | 2022-01-03..2022-01-09",
        "2022-01-02 | last_week | 2021-12-20..2021-12-26",
        "2022-01-02 | this_month | 2022-01-01..2022-01-31",
        "2022-01-02 | next_month | 2022-02-01..2022-02-28",
        "2022-01-02 | last_month | 2021-12-01..2021-12-31",
        "2022-01-02 | this_year | 2022-01-01..2022-12-31",
        "2022-01-02 | next_year | 2023-01-01..2023-12-31",
        "2022-01-02 | last_year | 2021-01-01..2021-12-31",
        "2022-01-02 | in 3 days | 2022-01-05",
        "2022-01-02 | within 2 weeks | 2022-01-02..2022-01-16",
        "2022-01-02 | 3 days ago | 2021-12-30",
        "2022-01-02 | in 1 month | 2022-02-02",
        "2022-01-02 | in 1 year | 2023-01-02",
        "2022-01-02 | 1 month ago | 2021-12-02",
        "2015-12-31 | today | 2015-12-31",
        "2015-12-31 | tomorrow | 2016-01-01",
        "2015-12-31 | yesterday | 2015-12-30",
        "2015-12-31 | this_week | 2015-12-28..2016-01-03",
        "2015-12-31 | next_week | 2016-01-04..2016-01-10",
        "2015-12-31 | last_week | 2015-12-21..2015-12-27",
        "2015-12-31 | this_month | 2015-12-01..2015-12-31",
        "2015-12-31 | next_month | 2016-01-01..2016-01-31",
        "2015-12-31 | last_month | 2015-11-01..2015-11-30",
        "2015-12-31 | this_year | 2015-01-01..2015-12-31",
        "2015-12-31 | next_year | 2016-01-01..2016-12-31",
        "2015-12-31 | last_year | 2014-01-01..2014-12-31",
        "2015-12-31 | in 3 days | 2016-01-03",
        "2015-12-31 | within 2 weeks | 2015-12-31..2016-01-14",
        "2015-12-31 | 3 days ago | 2015-12-28",
        "2015-12-31 | in 1 month | 2016-01-31",
        "2015-12-31 | in 1 year | 2016-12-31",
        "2015-12-31 | 1 month ago | 2015-11-30",
        "2023-03-31 | today | 2023-03-31",
        "2023-03-31 | tomorrow | 2023-04-01",
        "2023-03-31 | yesterday | 2023-03-30",
        "2023-03-31 | this_week | 2023-03-27..2023-04-02",
        "2023-03-31 | next_week | 2023-04-03..2023-04-09",
        "2023-03-31 | last_week | 2023-03-20..2023-03-26",
        "2023-03-31 | this_month | 2023-03-01..2023-03-31",
        "2023-03-31 | next_month | 2023-04-01..2023-04-30",
        "2023-03-31 | last_month | 2023-02-01..2023-02-28",
        "2023-03-31 | this_year | 2023-01-01..2023-12-31",
        "2023-03-31 | next_year | 2024-01-01..2024-12-31",
        "2023-03-31 | last_year | 2022-01-01..2022-12-31",
        "2023-03-31 | in 3 days | 2023-04-03",
        "2023-03-31 | within 2 weeks | 2023-03-31..2023-04-14",
        "2023-03-31 | 3 days ago | 2023-03-28",
        "2023-03-31 | in 1 month | 2023-04-30",
        "2023-03-31 | in 1 year | 2024-03-31",
        "2023-03-31 | 1 month ago | 2023-02-28",    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_relative_deadline_resolves_against_the_publication_date(string anchor, string expression, string expected)
    {
        var compilation = BindingHelper.Compile($"record \"r\" published {anchor};\nparty A;\nc: A commits \"x\" by {expression};\n");

        var commitment = Assert.Single(compilation.Commitments);
        Assert.Equal(expected, commitment.Deadline?.ToString());
    }

    [Theory]
    [InlineData("2022-01-21", "2022-01-21", DatePrecision.Day)]
    [InlineData("2022-W03", "2022-01-17..2022-01-23", DatePrecision.Week)]
    [InlineData("2020-W53", "2020-12-28..2021-01-03", DatePrecision.Week)]
    [InlineData("2015-W53", "2015-12-28..2016-01-03", DatePrecision.Week)]
    [InlineData("2022-02", "2022-02-01..2022-02-28", DatePrecision.Month)]
    [InlineData("2024-02", "2024-02-01..2024-02-29", DatePrecision.Month)]
    [InlineData("2022", "2022-01-01..2022-12-31", DatePrecision.Year)]
    [InlineData("2024-02-29", "2024-02-29", DatePrecision.Day)]
    [InlineData("2022-01-10..2022-01-13", "2022-01-10..2022-01-13", DatePrecision.Day)]
    [InlineData("2022-01..2022-03", "2022-01-01..2022-03-31", DatePrecision.Month)]
    public void Absolute_dates_keep_their_precision(string date, string expected, DatePrecision precision)
    {
        var compilation = BindingHelper.Compile($"party A;\nA commits \"x\" by {date};\n");

        var deadline = Assert.Single(compilation.Commitments).Deadline!.Value;
        Assert.Equal(expected, deadline.ToString());
        Assert.Equal(precision, deadline.Precision);
    }

    [Fact]
    public void Next_week_from_friday_21_january_2022_is_24_to_30_january()
    {
        var compilation = BindingHelper.Compile("party A;\nmeeting Geneva 2022-01-21 < A commits \"written response\" by next_week; >");

        var deadline = Assert.Single(compilation.Commitments).Deadline!.Value;
        Assert.Equal("2022-01-24..2022-01-30", deadline.ToString());
        Assert.Equal(DatePrecision.Week, deadline.Precision);
    }

    [Fact]
    public void The_meeting_date_wins_over_the_publication_date_and_the_statement_date_over_both()
    {
        var compilation = BindingHelper.Compile(
            "record \"r\" published 2022-03-01;\nparty A;\n" +
            "meeting Geneva 2022-01-21 < a: A commits \"x\" by tomorrow; b: A commits \"y\" by tomorrow on 2022-02-01; >\n" +
            "c: A commits \"z\" by tomorrow;\n");

        var deadlines = compilation.Commitments.ToDictionary(c => c.Name, c => c.Deadline?.ToString());
        Assert.Equal("2022-01-22", deadlines["a"]);
        Assert.Equal("2022-02-02", deadlines["b"]);
        Assert.Equal("2022-03-02", deadlines["c"]);
    }

    [Fact]
    public void An_anchor_known_only_to_the_month_keeps_that_imprecision()
    {
        var compilation = BindingHelper.Compile("party A;\nmeeting Geneva 2022-01 < A commits \"x\" by next_week; >");

        var deadline = Assert.Single(compilation.Commitments).Deadline!.Value;
        Assert.Equal("2022-01-03..2022-02-13", deadline.ToString());
        Assert.Equal(DatePrecision.Month, deadline.Precision);
    }

    [Fact]
    public void Offsets_after_a_label_count_from_its_deadline()
    {
        var compilation = BindingHelper.Compile(
            "party A;\nmeeting Minsk 2015-02-12 <\n" +
            "  start: A commits \"withdrawal starts\" after ceasefire by in 2 days;\n" +
            "  ceasefire: A commits \"ceasefire\" by 2015-02-15;\n" +
            "  done: A commits \"withdrawal done\" after start within 14 days;\n>");

        var deadlines = compilation.Commitments.ToDictionary(c => c.Name, c => c.Deadline?.ToString());
        Assert.Equal("2015-02-17", deadlines["start"]);
        Assert.Equal("2015-02-17..2015-03-03", deadlines["done"]);
    }

    [Fact]
    public void A_fuzzy_word_resolves_through_its_declared_policy()
    {
        var compilation = BindingHelper.Compile("policy coming_days within 7 days;\nparty A;\nmeeting Geneva 2022-01-21 < A commits \"x\" by coming_days; >");

        Assert.Equal("2022-01-21..2022-01-28", Assert.Single(compilation.Commitments).Deadline.ToString());
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Code == "NEG3008");
    }

    [Fact]
    public void The_semantic_model_answers_the_resolved_date_and_its_anchor_at_a_position()
    {
        const string Text = "party A;\nmeeting Geneva 2022-01-21 < A commits \"x\" by next_week; >";
        var compilation = BindingHelper.Compile(Text);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);

        var resolved = model.GetResolvedDateAt(Text.IndexOf("next_week", System.StringComparison.Ordinal) + 3);

        Assert.NotNull(resolved);
        Assert.Equal("2022-01-24..2022-01-30", resolved!.Interval.ToString());
        Assert.Equal("the meeting's date 2022-01-21", resolved.Anchor!.Description);
    }
}
