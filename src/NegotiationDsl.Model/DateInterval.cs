using System;

namespace NegotiationDsl.Model;

/// <summary>A resolved date: first and last day (both included) and the precision it was given with.</summary>
public readonly struct DateInterval : IEquatable<DateInterval>
{
    public DateInterval(Date start, Date end, DatePrecision precision)
    {
        if (end < start) throw new ArgumentException("The end of an interval cannot precede its start.", nameof(end));
        Start = start;
        End = end;
        Precision = precision;
    }

    public Date Start { get; }
    public Date End { get; }
    public DatePrecision Precision { get; }
    public bool IsSingleDay => Start == End;

    public bool Contains(Date day) => day >= Start && day <= End;

    public bool Equals(DateInterval other) => Start == other.Start && End == other.End && Precision == other.Precision;
    public override bool Equals(object? obj) => obj is DateInterval other && Equals(other);
    public override int GetHashCode() => Start.GetHashCode() ^ (End.GetHashCode() * 31) ^ (int)Precision;
    public static bool operator ==(DateInterval left, DateInterval right) => left.Equals(right);
    public static bool operator !=(DateInterval left, DateInterval right) => !left.Equals(right);

    /// <summary><c>2022-01-21</c> for one day, else <c>2022-01-24..2022-01-30</c>.</summary>
    public override string ToString() => IsSingleDay ? Start.ToString() : Start + ".." + End;
}
