using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>A stretch of the axis drawn to scale: its days, the x range it is given, and where its first day starts.</summary>
internal sealed record AxisSegment(LocalDate First, LocalDate Last, double Left, double Right, double Origin)
{
    public int Days => Period.Between(First, Last, PeriodUnits.Days).Days + 1;
}

/// <summary>Days left out of the axis between two segments: <see cref="After"/> and <see cref="Before"/> are drawn, the days between are not.</summary>
internal sealed record AxisBreak(LocalDate After, LocalDate Before, double Left, double Right)
{
    public LocalDate FirstSkipped => After.PlusDays(1);
    public LocalDate LastSkipped => Before.PlusDays(-1);
}

/// <summary>
/// The timeline's date axis. A record that spans years often has a few dates far from the rest (a breach seven years
/// after the signing), and one linear scale would squeeze everything else into a sliver. So the axis is cut where
/// nothing starts or ends for long. Between two consecutive dates (the first and last days of bars and marks, and
/// the "as of" day), the longest gap (the earlier on a tie) of more than <see cref="MinGapDays"/> days that is also
/// more than an eighth of the days still drawn is left out, and again, up to <see cref="MaxBreaks"/> times: once a
/// six-year gap is gone, a nine-month one within the year that remains may be too. What remains is
/// drawn at one scale, each segment at least <see cref="MinSegmentWidth"/> wide (a short one centred in it), with a
/// break of <see cref="BreakWidth"/> between segments. Bars that cross a break are drawn through it.
/// </summary>
internal sealed class TimelineAxis
{
    public const int MinGapDays = 60;
    public const int MaxBreaks = 4;
    public const double MinSegmentWidth = 84;
    public const double BreakWidth = 28;

    private TimelineAxis(ImmutableArray<AxisSegment> segments, ImmutableArray<AxisBreak> breaks, double dayWidth)
    {
        Segments = segments;
        Breaks = breaks;
        DayWidth = dayWidth;
    }

    public ImmutableArray<AxisSegment> Segments { get; }
    public ImmutableArray<AxisBreak> Breaks { get; }

    /// <summary>The width of one day, the same in every segment.</summary>
    public double DayWidth { get; }

    public static TimelineAxis Build(IEnumerable<DateInterval> dates, LocalDate? asOf, double left, double right)
    {
        var days = dates.SelectMany(date => new[] { date.Start, date.End }).Concat(asOf is { } day ? [day] : []).Distinct().Order().ToList();
        if (days.Count == 0) throw new System.ArgumentException("A timeline axis needs at least one date.", nameof(dates));
        var gaps = Enumerable.Range(0, days.Count - 1).Select(i => DaysBetween(days[i], days[i + 1]) - 1).ToList();
        var drawn = DaysBetween(days[0], days[^1]) + 1.0;
        var cuts = new List<int>();
        while (cuts.Count < MaxBreaks)
        {
            var candidates = Enumerable.Range(0, gaps.Count).Where(i => !cuts.Contains(i) && gaps[i] > MinGapDays && gaps[i] > drawn / 8).ToList();
            if (candidates.Count == 0) break;
            var longest = candidates.OrderByDescending(i => gaps[i]).ThenBy(i => i).First();
            cuts.Add(longest);
            drawn -= gaps[longest];
        }

        cuts.Sort();
        var stretches = new List<(LocalDate First, LocalDate Last)>();
        var first = days[0];
        foreach (var cut in cuts)
        {
            stretches.Add((first, days[cut]));
            first = days[cut + 1];
        }

        stretches.Add((first, days[^1]));
        var lengths = stretches.Select(stretch => (double)DaysBetween(stretch.First, stretch.Last) + 1).ToList();
        var dayWidth = DayWidthFor(lengths, right - left - (cuts.Count * BreakWidth));

        var segments = ImmutableArray.CreateBuilder<AxisSegment>();
        var breaks = ImmutableArray.CreateBuilder<AxisBreak>();
        var x = left;
        for (var i = 0; i < stretches.Count; i++)
        {
            var content = lengths[i] * dayWidth;
            var width = System.Math.Max(content, MinSegmentWidth);
            segments.Add(new AxisSegment(stretches[i].First, stretches[i].Last, x, x + width, x + ((width - content) / 2)));
            x += width;
            if (i + 1 < stretches.Count)
            {
                breaks.Add(new AxisBreak(stretches[i].Last, stretches[i + 1].First, x, x + BreakWidth));
                x += BreakWidth;
            }
        }

        return new TimelineAxis(segments.ToImmutable(), breaks.ToImmutable(), dayWidth);
    }

    /// <summary>Where <paramref name="day"/> starts; a day in a break is placed across the break in proportion.</summary>
    public double X(LocalDate day)
    {
        foreach (var segment in Segments)
        {
            if (day <= segment.Last) return day < segment.First ? segment.Left : segment.Origin + (DaysBetween(segment.First, day) * DayWidth);
        }

        return Segments[^1].Origin + (Segments[^1].Days * DayWidth);
    }

    /// <summary>Where <paramref name="day"/> ends.</summary>
    public double XEnd(LocalDate day)
    {
        foreach (var @break in Breaks)
        {
            if (day > @break.After && day < @break.Before)
            {
                var share = (double)DaysBetween(@break.After, day) / DaysBetween(@break.After, @break.Before);
                return @break.Left + (share * BreakWidth);
            }
        }

        return X(day) + DayWidth;
    }

    /// <summary>
    /// The one scale: segments too short for <see cref="MinSegmentWidth"/> at the scale the others leave get that
    /// width, and the others share what is left in proportion to their days.
    /// </summary>
    private static double DayWidthFor(List<double> lengths, double available)
    {
        var widened = new bool[lengths.Count];
        while (true)
        {
            var rest = available - (widened.Count(w => w) * MinSegmentWidth);
            var days = lengths.Where((_, i) => !widened[i]).Sum();
            // Every segment widened (or, were there more breaks than fit, no room left): the longest fills its minimum.
            if (days == 0 || rest <= 0) return MinSegmentWidth / lengths.Max();
            var dayWidth = rest / days;
            var newly = Enumerable.Range(0, lengths.Count).Where(i => !widened[i] && lengths[i] * dayWidth < MinSegmentWidth).ToList();
            if (newly.Count == 0) return dayWidth;
            foreach (var i in newly) widened[i] = true;
        }
    }

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
