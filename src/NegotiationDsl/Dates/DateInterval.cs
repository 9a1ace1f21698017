using System;
using NodaTime;

namespace NegotiationDsl.Dates;

/// <summary>
/// A resolved date: the first and last day (both included) and the precision it was given with.
/// <c>next_week</c> from 2022-01-21 is 2022-01-24..2022-01-30 with week precision; <c>2022-01-21</c>
/// is one day; <c>2022-01-10..2022-01-13</c> is four days, each known to the day.
/// </summary>
public readonly struct DateInterval : IEquatable<DateInterval>
{

    public DateInterval(LocalDate start, LocalDate end, DatePrecision precision)
    {
        if (end < start) throw new ArgumentException("The end of an interval cannot precede its start.", nameof(end));
        Start = start;
        End = end;
        Precision = precision;
    }

    public LocalDate Start { get; }
    public LocalDate End { get; }
    public DatePrecision Precision { get; }

    public bool IsSingleDay => Start == End;
    public int DayCount => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    public static DateInterval Day(LocalDate day) => new(day, day, DatePrecision.Day);

    /// <summary>Within the years 1 to 9999 that records may use (NodaTime also knows year 0 and negative years).</summary>
    public static bool IsInCalendar(DateInterval interval) => interval.Start.Year >= 1 && interval.End.Year <= 9999;

    /// <summary>The smallest interval holding both, with the coarser precision.</summary>
    public DateInterval Hull(DateInterval other) => new(
        LocalDate.Min(Start, other.Start),
        LocalDate.Max(End, other.End),
        (DatePrecision)Math.Max((int)Precision, (int)other.Precision));

    public bool Contains(LocalDate day) => day >= Start && day <= End;

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>Is this entirely before <paramref name="other"/>? Unknown when they overlap.</summary>
    public Truth IsBefore(DateInterval other)
    {
        if (End < other.Start) return Truth.True;
        if (Start >= other.End) return Truth.False;
        return Truth.Unknown;
    }

    public static string Format(LocalDate date) => IsoText.FormatDate(date);

    public bool Equals(DateInterval other) => Start == other.Start && End == other.End && Precision == other.Precision;
    public override bool Equals(object? obj) => obj is DateInterval other && Equals(other);
    public override int GetHashCode() => Start.GetHashCode() ^ (End.GetHashCode() * 31) ^ (int)Precision;
    public static bool operator ==(DateInterval left, DateInterval right) => left.Equals(right);
    public static bool operator !=(DateInterval left, DateInterval right) => !left.Equals(right);

    /// <summary><c>2022-01-21</c> for one day, else <c>2022-01-24..2022-01-30</c>.</summary>
    // Interpolated strings call ToString() on this struct themselves: left to the interpolation handler, each use
    // needs AppendFormatted<DateInterval>, a generic method ReadyToRun cannot prepare, JIT-compiled at every start.
    public override string ToString() => IsSingleDay ? Format(Start) : Format(Start) + ".." + Format(End);
}
