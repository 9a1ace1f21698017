using System;
using System.Collections.Generic;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;
using NodaTime.TimeZones;

namespace NegotiationDsl.Dates;

/// <summary>
/// Turns the times of day in a date (<c>2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk</c>) into
/// <see cref="EventTime"/>s. A time takes the zone written after it, else the zone written at the other end of
/// its range, else the zone of the meeting or round it belongs to; with none it stays a local time. A local time
/// that the clocks skipped or showed twice in its zone is read leniently (moved forward, or the first) and said.
/// </summary>
internal sealed class TimeResolver
{
    private readonly SourceText _text;
    private readonly Action<Diagnostic> _report;
    private readonly Dictionary<SyntaxToken, DateTimeZone?> _zones = new();

    public TimeResolver(SourceText text, Action<Diagnostic> report)
    {
        _text = text;
        _report = report;
    }

    /// <summary>The start and end time of a date, each null when that end has no time.</summary>
    /// <param name="syntax">The date as written.</param>
    /// <param name="days">The day each written time falls on, as the date resolver found it.</param>
    /// <param name="zone">The zone of the event the date belongs to, for a time written without one.</param>
    public (EventTime? Start, EventTime? End) Resolve(DateSyntax syntax, IReadOnlyDictionary<DateTimeSyntax, LocalDate>? days, DateTimeZone? zone)
    {
        switch (syntax)
        {
            case DateTimeSyntax single:
                return (At(single, days, zone), null);
            case DateRangeSyntax range:
                var startZone = ZoneOf(range.Start) ?? ZoneOf(range.End) ?? zone;
                var endZone = ZoneOf(range.End) ?? ZoneOf(range.Start) ?? zone;
                var start = range.Start is DateTimeSyntax first ? At(first, days, startZone) : null;
                var end = range.End is DateTimeSyntax last ? At(last, days, endZone) : null;
                if (start is not null && end is not null && IsBefore(end, start))
                {
                    _report(DiagnosticCatalog.EndBeforeStart(new Location(_text, range.Span), start.ToString(), end.ToString()));
                    return (start, null);
                }

                return (start, end);
            default:
                return (null, null);
        }
    }

    /// <summary>A time of day on <paramref name="day"/> (null when the day or the time is not known).</summary>
    public EventTime? At(TimeLiteralSyntax time, LocalDate? day, DateTimeZone? zone)
    {
        var token = time.Token;
        if (token.IsMissing || day is not { } date) return null;
        if (IsoText.ParseTime(token.Text) is not { } clock)
        {
            _report(DiagnosticCatalog.InvalidTime(new Location(_text, token.Span), token.Text));
            return null;
        }

        var local = date + clock;
        if ((Zone(time.Zone) ?? (time.Zone is null ? zone : null)) is not { } inZone) return new EventTime(local, null, null);

        var mapping = inZone.MapLocal(local);
        var zoned = inZone.ResolveLocal(local, Resolvers.LenientResolver);
        var read = new EventTime(zoned.LocalDateTime, inZone.Id, zoned.Offset);
        var written = new EventTime(local, null, null).ToString();
        if (mapping.Count == 0) _report(DiagnosticCatalog.SkippedLocalTime(new Location(_text, time.Span), written, inZone.Id, read.ToString() + " (" + read.UtcText + ")"));
        else if (mapping.Count == 2) _report(DiagnosticCatalog.AmbiguousLocalTime(new Location(_text, time.Span), written, inZone.Id, read.UtcText!));
        return read;
    }

    /// <summary>Later or earlier on the world's clock when both have a zone, else on the calendar of the place.</summary>
    public static bool IsBefore(EventTime a, EventTime b) =>
        a.Instant is { } x && b.Instant is { } y ? x < y : a.Local < b.Local;

    /// <summary>How long from <paramref name="start"/> to <paramref name="end"/>, measured like <see cref="IsBefore"/>.</summary>
    public static Duration Between(EventTime start, EventTime end) =>
        start.Instant is { } x && end.Instant is { } y ? y - x : end.Local.InUtc().ToInstant() - start.Local.InUtc().ToInstant();

    private EventTime? At(DateTimeSyntax dateTime, IReadOnlyDictionary<DateTimeSyntax, LocalDate>? days, DateTimeZone? zone) =>
        days is not null && days.TryGetValue(dateTime, out var day) ? At(dateTime.Time, day, zone) : ZoneOnly(dateTime.Time);

    /// <summary>A time whose day is unknown still has its zone checked.</summary>
    private EventTime? ZoneOnly(TimeLiteralSyntax time)
    {
        Zone(time.Zone);
        return null;
    }

    private DateTimeZone? ZoneOf(DateSyntax end) => end is DateTimeSyntax { Time.Zone: { } token } ? Zone(token) : null;

    /// <summary>The zone a token names, reported once when there is none.</summary>
    private DateTimeZone? Zone(SyntaxToken? token)
    {
        if (token is null || token.IsMissing) return null;
        if (_zones.TryGetValue(token, out var known)) return known;
        var zone = TimeZones.Find(token.Text);
        if (zone is null) _report(DiagnosticCatalog.UnknownTimeZone(new Location(_text, token.Span), token.Text, TimeZones.Suggest(token.Text)));
        _zones[token] = zone;
        return zone;
    }
}
