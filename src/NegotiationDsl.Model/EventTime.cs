using System;
using System.Globalization;

namespace NegotiationDsl.Model;

/// <summary>
/// A time of day on a day, as the clocks showed it where the event took place, with the IANA zone it was read
/// in (<c>2015-02-15 at 00:00 Europe/Kyiv</c>). The offset is the zone's on that day, so the model needs no time
/// zone database. Without a zone it is a local time at the place and has no <see cref="Instant"/>.
/// </summary>
public sealed class EventTime
{
    public EventTime(Date localDate, int hour, int minute, int? offsetMinutes, string? timeZone)
    {
        LocalDate = localDate;
        LocalTime = new TimeSpan(hour, minute, 0);
        OffsetMinutes = offsetMinutes;
        TimeZone = timeZone;
    }

    /// <summary>The day in the event's zone: the day it counts as wherever a date is compared.</summary>
    public Date LocalDate { get; }
    public TimeSpan LocalTime { get; }

    /// <summary>The zone's offset from UTC on that day in minutes; null without a zone.</summary>
    public int? OffsetMinutes { get; }

    /// <summary>The IANA zone id (<c>Europe/Kyiv</c>, <c>UTC</c>), or null.</summary>
    public string? TimeZone { get; }

    public DateTime LocalDateTime => LocalDate.ToDateTime() + LocalTime;

    /// <summary>The instant with its offset; null for a local time without a zone.</summary>
    public DateTimeOffset? Instant => OffsetMinutes is { } minutes ? new DateTimeOffset(LocalDateTime, TimeSpan.FromMinutes(minutes)) : null;

    /// <summary><c>2015-02-15 00:00 Europe/Kyiv</c>.</summary>
    public override string ToString() =>
        LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (TimeZone is null ? "" : " " + TimeZone);
}
