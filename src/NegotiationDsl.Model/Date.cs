using System;
using System.Globalization;

namespace NegotiationDsl.Model;

/// <summary>A calendar day (proleptic Gregorian, ISO 8601), without time or time zone.</summary>
public readonly struct Date : IEquatable<Date>, IComparable<Date>
{
    private readonly DateTime _value;

    public Date(int year, int month, int day) => _value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);

    public int Year => _value.Year;
    public int Month => _value.Month;
    public int Day => _value.Day;
    public DayOfWeek DayOfWeek => _value.DayOfWeek;

    /// <summary>Days since 0001-01-01, for arithmetic and comparisons.</summary>
    public int DayNumber => (int)(_value.Ticks / TimeSpan.TicksPerDay);

    public static Date FromDayNumber(int dayNumber)
    {
        var value = new DateTime(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);
        return new Date(value.Year, value.Month, value.Day);
    }

    public Date AddDays(int days) => FromDayNumber(DayNumber + days);

    /// <summary>Midnight at the start of the day, with an unspecified kind.</summary>
    public DateTime ToDateTime() => _value;

#if NET6_0_OR_GREATER
    public DateOnly ToDateOnly() => new(Year, Month, Day);

    public static implicit operator DateOnly(Date date) => date.ToDateOnly();
#endif

    public static Date Parse(string iso) => DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
        ? new Date(value.Year, value.Month, value.Day)
        : throw new FormatException($"'{iso}' is not a date in the form YYYY-MM-DD.");

    public bool Equals(Date other) => _value == other._value;
    public override bool Equals(object? obj) => obj is Date other && Equals(other);
    public override int GetHashCode() => _value.GetHashCode();
    public int CompareTo(Date other) => _value.CompareTo(other._value);
    public static bool operator ==(Date left, Date right) => left.Equals(right);
    public static bool operator !=(Date left, Date right) => !left.Equals(right);
    public static bool operator <(Date left, Date right) => left._value < right._value;
    public static bool operator >(Date left, Date right) => left._value > right._value;
    public static bool operator <=(Date left, Date right) => left._value <= right._value;
    public static bool operator >=(Date left, Date right) => left._value >= right._value;

    /// <summary>ISO 8601: <c>2022-01-21</c>.</summary>
    public override string ToString() => _value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
