using NegotiationDsl.Syntax;
using NodaTime;

namespace NegotiationDsl.Dates;

/// <summary>A whole number of calendar units: an agreement's term (<c>term 10 years</c>), an extension (<c>for 120 days</c>).</summary>
public readonly record struct CalendarLength(int Count, CalendarUnit Unit)
{
    /// <summary>
    /// The day <see cref="Count"/> units after <paramref name="day"/> (a month or year that lacks the day gives its last
    /// day), or null past the calendar's end (9999-12-31).
    /// </summary>
    public LocalDate? After(LocalDate day)
    {
        // Bounded before adding: NodaTime throws past its range, and a record may say `term 999999999 years`.
        var fits = Unit switch
        {
            CalendarUnit.Days => Count <= Period.Between(day, MaxDay, PeriodUnits.Days).Days,
            CalendarUnit.Weeks => (long)Count * 7 <= Period.Between(day, MaxDay, PeriodUnits.Days).Days,
            CalendarUnit.Months => ((long)day.Year * 12) + day.Month - 1 + Count <= (9999L * 12) + 11,
            _ => (long)day.Year + Count <= 9999,
        };
        if (Count < 0 || !fits) return null;
        var end = Unit switch
        {
            CalendarUnit.Days => day.PlusDays(Count),
            CalendarUnit.Weeks => day.PlusWeeks(Count),
            CalendarUnit.Months => day.PlusMonths(Count),
            _ => day.PlusYears(Count),
        };
        return end <= MaxDay ? end : null;
    }

    private static readonly LocalDate MaxDay = new(9999, 12, 31);

    /// <summary>As written in records: <c>10 years</c>, <c>1 day</c>.</summary>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + UnitName(Unit, Count);

    public static string UnitName(CalendarUnit unit, int count)
    {
        var name = unit switch
        {
            CalendarUnit.Days => "day",
            CalendarUnit.Weeks => "week",
            CalendarUnit.Months => "month",
            _ => "year",
        };
        return count == 1 ? name : name + "s";
    }

    internal static CalendarUnit UnitOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.WeeksKeyword => CalendarUnit.Weeks,
        SyntaxKind.MonthsKeyword => CalendarUnit.Months,
        SyntaxKind.YearsKeyword => CalendarUnit.Years,
        _ => CalendarUnit.Days,
    };
}

public enum CalendarUnit
{
    Days,
    Weeks,
    Months,
    Years,
}
