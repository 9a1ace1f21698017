using System.Globalization;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>Reads duration literals: a number with h, min, d or w, or hours and minutes (<c>1h30min</c>).</summary>
internal static class DurationText
{
    /// <summary>
    /// Longer durations are read as this: about 2,700 years, far past what NEG3006 lets through, and within what
    /// NodaTime and TimeSpan hold (<c>9999999999999999999991h0min</c> made NodaTime throw).
    /// </summary>
    private static readonly double MaxTicks = Duration.FromDays(1_000_000).BclCompatibleTicks;

    public static Duration? Parse(string text)
    {
        var hourMark = text.IndexOf('h');
        if (hourMark > 0 && text.EndsWith("min", System.StringComparison.Ordinal) && hourMark < text.Length - 3)
        {
            var hours = Number(text.Substring(0, hourMark));
            var minutes = Number(text.Substring(hourMark + 1, text.Length - hourMark - 4));
            return hours is null || minutes is null ? null : FromTicks((hours.Value * Ticks(Duration.FromHours(1))) + (minutes.Value * Ticks(Duration.FromMinutes(1))));
        }

        if (text.EndsWith("min", System.StringComparison.Ordinal)) return Scale(text, 3, Duration.FromMinutes(1));
        if (text.EndsWith("h", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromHours(1));
        if (text.EndsWith("d", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromDays(1));
        if (text.EndsWith("w", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromDays(7));
        return null;
    }

    private static Duration? Scale(string text, int suffixLength, Duration unit)
    {
        var number = Number(text.Substring(0, text.Length - suffixLength));
        return number is null ? null : FromTicks(number.Value * Ticks(unit));
    }

    private static double Ticks(Duration unit) => unit.BclCompatibleTicks;

    private static Duration FromTicks(double ticks) => Duration.FromTicks((long)System.Math.Round(ticks <= MaxTicks ? ticks : MaxTicks));

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
