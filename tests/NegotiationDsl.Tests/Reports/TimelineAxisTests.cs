using System.Linq;
using NegotiationDsl.Reports;
using NodaTime;
using Xunit;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Tests.Reports;

/// <summary>The timeline's broken axis: which gaps are cut, one scale for what remains, and where days land.</summary>
public sealed class TimelineAxisTests
{
    private static DateInterval Day(int year, int month, int day) => DateInterval.Day(new LocalDate(year, month, day));

    private static DateInterval Span(LocalDate start, LocalDate end) => new(start, end, DatePrecision.Day);

    [Fact]
    public void A_record_of_a_few_weeks_has_one_segment_over_the_whole_chart()
    {
        var axis = TimelineAxis.Build([Day(2022, 1, 10), Day(2022, 1, 21), Day(2022, 2, 1)], new LocalDate(2022, 2, 1), 340, 980);

        var segment = Assert.Single(axis.Segments);
        Assert.Empty(axis.Breaks);
        Assert.Equal((340.0, 980.0), (segment.Left, segment.Right));
        Assert.Equal(980.0, axis.XEnd(new LocalDate(2022, 2, 1)), 6);
    }

    [Fact]
    public void Minsk_s_one_event_seven_years_on_is_cut_off_and_then_the_empty_months_of_2015()
    {
        // The shape of examples/minsk-2015: meetings and deadlines in February and March 2015, two deadlines "in 2015",
        // a ceasefire in force to the "as of" day, and a breach on 2022-02-21.
        var asOf = new LocalDate(2022, 2, 21);
        var axis = TimelineAxis.Build(
            [Day(2015, 2, 11), Day(2015, 2, 12), Span(new LocalDate(2015, 2, 17), new LocalDate(2015, 3, 3)), Day(2015, 3, 14),
             Span(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31)), Span(new LocalDate(2015, 2, 15), asOf), DateInterval.Day(asOf)],
            asOf, 340, 980);

        Assert.Equal(
            new[] { (new LocalDate(2015, 3, 14), new LocalDate(2015, 12, 31)), (new LocalDate(2015, 12, 31), asOf) },
            axis.Breaks.Select(gap => (gap.After, gap.Before)));
        Assert.Equal(3, axis.Segments.Length);
        Assert.True(axis.DayWidth > 5, $"2015's weeks get {axis.DayWidth:0.##} per day.");
        Assert.All(axis.Segments, segment => Assert.True(segment.Right - segment.Left >= TimelineAxis.MinSegmentWidth - 1e-9));
        Assert.Equal(980.0, axis.Segments[^1].Right, 6);
    }

    [Fact]
    public void A_gap_of_two_months_or_less_is_never_cut()
    {
        var axis = TimelineAxis.Build([Day(2022, 1, 1), Day(2022, 3, 2)], null, 340, 980);

        Assert.Empty(axis.Breaks);
    }

    [Fact]
    public void Evenly_spread_dates_keep_one_scale()
    {
        var axis = TimelineAxis.Build(Enumerable.Range(0, 12).Select(i => Day(2010 + i, 6, 1)).ToList(), null, 340, 980);

        Assert.Empty(axis.Breaks);
    }

    [Fact]
    public void At_most_four_gaps_are_cut_and_days_keep_their_order()
    {
        var dates = Enumerable.Range(0, 9).Select(i => Day(1900 + (i * i * 7), 1, 1)).ToList();

        var axis = TimelineAxis.Build(dates, null, 340, 980);

        Assert.Equal(TimelineAxis.MaxBreaks, axis.Breaks.Length);
        var xs = dates.Select(date => axis.X(date.Start)).ToList();
        Assert.Equal(xs.Order(), xs);
        Assert.True(axis.Segments[^1].Right <= 980 + 1e-9);
    }

    [Fact]
    public void A_day_inside_a_break_lands_inside_it()
    {
        var axis = TimelineAxis.Build([Day(2000, 1, 1), Day(2010, 1, 1)], null, 340, 980);

        var gap = Assert.Single(axis.Breaks);
        var x = axis.XEnd(new LocalDate(2005, 1, 1));
        Assert.InRange(x, gap.Left, gap.Right);
    }

    [Fact]
    public void The_calendar_s_last_day_can_be_drawn()
    {
        var axis = TimelineAxis.Build([Day(2022, 1, 1), Day(9999, 12, 31)], null, 340, 980);

        Assert.Single(axis.Breaks);
        Assert.Equal(980.0, axis.XEnd(new LocalDate(9999, 12, 31)), 6);
        Assert.NotEmpty(TimelineTicks.For(new LocalDate(9999, 1, 1), new LocalDate(9999, 12, 31), 3));
    }
}
