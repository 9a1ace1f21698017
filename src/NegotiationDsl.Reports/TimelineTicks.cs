using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// Ticks of one stretch of the timeline's axis: the finest of days, weeks (Mondays), months, quarters and years that
/// gives at least one tick and at most the number asked for; a stretch where none gives one (a single day that starts
/// no month) gets its first day.
/// </summary>
internal static class TimelineTicks
{
    private static readonly (System.Func<LocalDate, LocalDate> First, System.Func<LocalDate, LocalDate> Next, string Format)[] Ladder =
    [
        (d => d, d => d.PlusDays(1), "yyyy-MM-dd"),
        (d => d, d => d.PlusDays(2), "yyyy-MM-dd"),
        (Monday, d => d.PlusWeeks(1), "yyyy-MM-dd"),
        (Monday, d => d.PlusWeeks(2), "yyyy-MM-dd"),
        (d => MonthStart(d, 1), d => d.PlusMonths(1), "yyyy-MM"),
        (d => MonthStart(d, 3), d => d.PlusMonths(3), "yyyy-MM"),
        (d => MonthStart(d, 6), d => d.PlusMonths(6), "yyyy-MM"),
        (d => YearStart(d, 1), d => d.PlusYears(1), "yyyy"),
        (d => YearStart(d, 2), d => d.PlusYears(2), "yyyy"),
        (d => YearStart(d, 5), d => d.PlusYears(5), "yyyy"),
        (d => YearStart(d, 10), d => d.PlusYears(10), "yyyy"),
        (d => YearStart(d, 50), d => d.PlusYears(50), "yyyy"),
        (d => YearStart(d, 100), d => d.PlusYears(100), "yyyy"),
    ];

    public static List<(LocalDate Day, string Label)> For(LocalDate start, LocalDate end, int most)
    {
        var ticks = new List<LocalDate>();
        foreach (var (first, next, format) in Ladder)
        {
            ticks.Clear();
            for (LocalDate? day = first(start); day <= end && ticks.Count <= most; day = Step(next, day.Value))
            {
                if (day >= start) ticks.Add(day.Value);
            }

            if (ticks.Count >= 1 && ticks.Count <= most) return ticks.Select(day => (day, day.ToString(format, CultureInfo.InvariantCulture))).ToList();
        }

        return [(start, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }

    /// <summary>The next tick, or none past the calendar's last day (a record may well speak of 9999-12-31).</summary>
    private static LocalDate? Step(System.Func<LocalDate, LocalDate> next, LocalDate day)
    {
        try
        {
            return next(day);
        }
        catch (System.Exception exception) when (exception is System.OverflowException or System.ArgumentOutOfRangeException)
        {
            // NodaTime throws either, by the unit: days overflow, months and years leave the range of years.
            return null;
        }
    }

    private static LocalDate Monday(LocalDate day) => day.PlusDays(-((int)day.DayOfWeek - 1));

    private static LocalDate MonthStart(LocalDate day, int months) => new(day.Year, ((day.Month - 1) / months * months) + 1, 1);

    private static LocalDate YearStart(LocalDate day, int years) => new(day.Year / years * years, 1, 1);
}
