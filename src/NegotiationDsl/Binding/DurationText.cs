using System.Globalization;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>Reads duration literals: a number with h, min, d or w, or hours and minutes (<c>1h30min</c>).</summary>
internal static class DurationText
{
    /// <summary>
    /// The longest duration, about 2,700 years: far past what NEG3006 lets through, and within what NodaTime and
    /// TimeSpan hold (<c>9999999999999999999991h0min</c> made NodaTime throw). Longer ones are an error (NEG3015).
    /// </summary>
    public const int MaxDays = 1_000_000;

    private static readonly double MaxTicks = Duration.FromDays(MaxDays).BclCompatibleTicks;

    /// <returns>The duration; null when the text is not one or when it is longer than <see cref="MaxDays"/> (then <paramref name="tooLong"/>).</returns>
    public static Duration? Parse(string text, out bool tooLong)
    {
        var ticks = Ticks(text);
        tooLong = ticks > MaxTicks;
        return ticks is { } value && !tooLong ? Duration.FromTicks((long)System.Math.Round(value)) : null;
    }

    private static double? Ticks(string text)
    {
        var hourMark = text.IndexOf('h');
        if (hourMark > 0 && text.EndsWith("min", System.StringComparison.Ordinal) && hourMark < text.Length - 3)
        {
            var hours = Number(text.Substring(0, hourMark));
            var minutes = Number(text.Substring(hourMark + 1, text.Length - hourMark - 4));
            return hours is null || minutes is null ? null : (hours.Value * TicksOf(Duration.FromHours(1))) + (minutes.Value * TicksOf(Duration.FromMinutes(1)));
        }

        if (text.EndsWith("min", System.StringComparison.Ordinal)) return Scale(text, 3, Duration.FromMinutes(1));
        if (text.EndsWith("h", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromHours(1));
        if (text.EndsWith("d", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromDays(1));
        if (text.EndsWith("w", System.StringComparison.Ordinal)) return Scale(text, 1, Duration.FromDays(7));
        return null;
    }

    private static double? Scale(string text, int suffixLength, Duration unit) => Number(text.Substring(0, text.Length - suffixLength)) * TicksOf(unit);

    private static double TicksOf(Duration unit) => unit.BclCompatibleTicks;

    /// <summary>A whole number of minutes as a literal would write it: <c>16h</c>, <c>15h45min</c>, <c>45min</c>.</summary>
    public static string Format(Duration duration)
    {
        var minutes = (long)System.Math.Round(duration.TotalMinutes);
        var hours = minutes / 60;
        var rest = minutes % 60;
        if (hours == 0) return rest.ToString(CultureInfo.InvariantCulture) + "min";
        return hours.ToString(CultureInfo.InvariantCulture) + "h" + (rest == 0 ? "" : rest.ToString(CultureInfo.InvariantCulture) + "min");
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
