using System.Globalization;
using NodaTime;

namespace NegotiationDsl.Dates;

/// <summary>
/// Reads and writes the fixed-width date and time forms of the language (<c>2022-01-21</c>,
/// <c>13:00</c>) by hand. NodaTime's text patterns do the same but build a pattern engine on first
/// use, which was a tenth of the start-up time of <c>negc check</c>.
/// </summary>
internal static class IsoText
{
    /// <summary><c>YYYY-MM-DD</c> as the lexer's DATE token guarantees its shape; null when no such day exists.</summary>
    public static LocalDate? ParseDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)) return null;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;
        return new LocalDate(year, month, day);
    }

    /// <summary><c>HH:mm</c>, 00:00 to 23:59.</summary>
    public static LocalTime? ParseTime(string text)
    {
        if (text.Length != 5 || text[2] != ':') return null;
        if (!TryDigits(text, 0, 2, out var hour) || !TryDigits(text, 3, 2, out var minute)) return null;
        return hour < 24 && minute < 60 ? new LocalTime(hour, minute) : null;
    }

    /// <summary>ISO 8601 with astronomical years: <c>2022-01-21</c>, <c>0000-01-01</c>, <c>-0001-12-31</c>.</summary>
    public static string FormatDate(LocalDate date)
    {
        var year = date.Year;
        var sign = year < 0 ? "-" : "";
        return sign + System.Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture) + "-"
            + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9) return false;
            value = (value * 10) + digit;
        }

        return true;
    }
}
