using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using NodaTime;
using NodaTime.Text;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Emit.Json;

/// <summary>The value shapes every section shares: text, id lists, dates, times, durations, locations.</summary>
internal static class JsonWriterExtensions
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Writes a string, or null; every string of the document goes through here (see <see cref="JsonText"/>).</summary>
    public static void WriteText(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, JsonText.Sanitize(value));
    }

    public static void WriteTextArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(JsonText.Sanitize(value));
        json.WriteEndArray();
    }

    public static void WriteId(this Utf8JsonWriter json, string name, Symbol? symbol, SymbolIds ids) =>
        json.WriteText(name, symbol is null ? null : ids[symbol]);

    public static void WriteIds<T>(this Utf8JsonWriter json, string name, IEnumerable<T> symbols, SymbolIds ids)
        where T : Symbol =>
        json.WriteTextArray(name, symbols.Select(symbol => ids[symbol]));

    /// <summary><c>{ "start": "2022-01-24", "end": "2022-01-30", "precision": "week" }</c>, or null when unresolved.</summary>
    public static void WriteInterval(this Utf8JsonWriter json, string name, DateInterval? interval)
    {
        if (interval is not { } value)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("start", DateInterval.Format(value.Start));
        json.WriteString("end", DateInterval.Format(value.End));
        json.WriteString("precision", PrecisionName(value.Precision));
        json.WriteEndObject();
    }

    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "A date precision the schema does not list."),
    };

    /// <summary>A local time of day, <c>13:00</c>, or null.</summary>
    public static void WriteTime(this Utf8JsonWriter json, string name, LocalTime? time)
    {
        if (time is { } value) json.WriteString(name, TimePattern.Format(value));
        else json.WriteNull(name);
    }

    /// <summary>
    /// A time of an event, or null: <c>{ "instant": "2015-02-15T00:00+02:00", "local": "2015-02-15T00:00",
    /// "localDate": "2015-02-15", "timeZone": "Europe/Kyiv" }</c>; instant and zone are null for a local time without a zone.
    /// </summary>
    /// <summary>A lasting obligation's period: <c>{ start, end, startTime, endTime }</c>.</summary>
    public static void WritePeriod(this Utf8JsonWriter json, string name, DateInterval? start, DateInterval? end, NegotiationDsl.Dates.EventTime? startTime, NegotiationDsl.Dates.EventTime? endTime)
    {
        json.WriteStartObject(name);
        json.WriteInterval("start", start);
        json.WriteInterval("end", end);
        json.WriteEventTime("startTime", startTime);
        json.WriteEventTime("endTime", endTime);
        json.WriteEndObject();
    }

    public static void WriteEventTime(this Utf8JsonWriter json, string name, NegotiationDsl.Dates.EventTime? time)
    {
        if (time is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteText("instant", time.Offset is null ? null : time.IsoText8601);
        json.WriteString("local", time.LocalText);
        json.WriteString("localDate", DateInterval.Format(time.Date));
        json.WriteText("timeZone", time.ZoneId);
        json.WriteEndObject();
    }

    /// <summary>A duration in minutes (<c>1.5h</c> is 90), or null.</summary>
    public static void WriteMinutes(this Utf8JsonWriter json, string name, Duration? duration)
    {
        if (duration is { } value) json.WriteNumber(name, value.TotalMinutes);
        else json.WriteNull(name);
    }

    /// <summary><c>{ "path": "geneva-2022/geneva-2022.neg", "line": 102 }</c>: the file relative to the compilation's root folder and the one-based line.</summary>
    public static void WriteLocation(this Utf8JsonWriter json, Symbol symbol, Compilation compilation)
    {
        json.WriteStartObject("location");
        json.WriteText("path", compilation.GetOutputPath(symbol.Location.FilePath));
        json.WriteNumber("line", symbol.Location.LineSpan.Start.Line + 1);
        json.WriteEndObject();
    }
}
