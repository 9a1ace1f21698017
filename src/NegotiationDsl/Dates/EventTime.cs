using System.Globalization;
using NodaTime;

namespace NegotiationDsl.Dates;

/// <summary>
/// A time of day on a day, as the clocks showed it where the event took place, and the zone it was read in:
/// <c>2015-02-15 at 00:00 Europe/Kyiv</c> is the instant 2015-02-14 22:00 UTC. Without a zone it is a local
/// time and no instant: known to the minute on the calendar of the place, not on the world's clock.
/// </summary>
public sealed record EventTime(LocalDateTime Local, string? ZoneId, NodaTime.Offset? Offset)
{
    /// <summary>The day in the event's zone: what the time counts as wherever a date is compared.</summary>
    public LocalDate Date => Local.Date;

    /// <summary>The instant on the world's clock; null for a local time without a zone.</summary>
    public Instant? Instant => Offset is { } offset ? Local.WithOffset(offset).ToInstant() : null;

    /// <summary><c>+02:00</c>, <c>Z</c> for UTC.</summary>
    public string? OffsetText => Offset is { } offset ? FormatOffset(offset) : null;

    /// <summary>ISO 8601 local date and time: <c>2015-02-15T00:00</c>.</summary>
    public string LocalText => IsoText.FormatDate(Local.Date) + "T" + FormatTime(Local.TimeOfDay);

    /// <summary>ISO 8601 with the offset (<c>2015-02-15T00:00+02:00</c>); the local text when there is no zone.</summary>
    public string IsoText8601 => LocalText + (OffsetText ?? "");

    /// <summary><c>2015-02-14 22:00 UTC</c>; null without a zone.</summary>
    public string? UtcText => Instant is { } instant
        ? IsoText.FormatDate(instant.InUtc().Date) + " " + FormatTime(instant.InUtc().TimeOfDay) + " UTC"
        : null;

    /// <summary><c>2015-02-15 00:00 Europe/Kyiv</c>, or <c>2015-02-15 00:00</c> (local time) without a zone.</summary>
    public override string ToString() =>
        IsoText.FormatDate(Local.Date) + " " + FormatTime(Local.TimeOfDay) + (ZoneId is null ? "" : " " + ZoneId);

    public static string FormatTime(LocalTime time) =>
        time.Hour.ToString("D2", CultureInfo.InvariantCulture) + ":" + time.Minute.ToString("D2", CultureInfo.InvariantCulture);

    private static string FormatOffset(NodaTime.Offset offset)
    {
        if (offset == NodaTime.Offset.Zero) return "Z";
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        seconds = System.Math.Abs(seconds);
        return sign + (seconds / 3600).ToString("D2", CultureInfo.InvariantCulture) + ":" + (seconds / 60 % 60).ToString("D2", CultureInfo.InvariantCulture);
    }
}
