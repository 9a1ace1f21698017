using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>events</c>: one PLOVER-style record per act, in declaration order: every statement (the act in
/// reported speech is nested in its report) and every meeting (a meeting is a CONSULT event; its id is the
/// meeting's). Every event has every field, null or empty where it does not apply.
/// </summary>
internal static class EventSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        json.WriteStartArray("events");
        foreach (var symbol in context.Compilation.Symbols)
        {
            if (symbol is MeetingSymbol or StatementSymbol && EmitContext.IsEventOrTalks(symbol)) WriteEvent(json, symbol, context);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a statement, or a meeting as the CONSULT event it is (no text, no clauses; its participants are its actors).</summary>
    private static void WriteEvent(Utf8JsonWriter json, Symbol symbol, EmitContext context)
    {
        var ids = context.Ids;
        var statement = symbol as StatementSymbol;
        var meeting = symbol as MeetingSymbol;
        var code = statement is null ? EventCoding.Meeting : EventCoding.For(statement.StatementKind);
        var none = ImmutableArray<ActorSymbol>.Empty;
        json.WriteStartObject();
        json.WriteText("id", ids[symbol]);
        json.WriteString("kind", code.Kind);
        json.WriteText("text", statement?.Text);
        json.WriteIds("actors", statement?.Actors ?? meeting?.Participants ?? none, ids);
        json.WriteIds("recipients", statement?.Recipients ?? none, ids);
        json.WriteIds("addressees", statement?.Addressees ?? none, ids);
        WriteDates(json, statement is null ? meeting?.Date : statement.Date);
        json.WriteEventTime("startTime", statement is null ? meeting?.StartTime : statement.StartTime);
        json.WriteEventTime("endTime", statement is null ? meeting?.EndTime : statement.EndTime);
        // A report's auxiliary modes describe the reported act, so they are on the nested object.
        // A written string is made from the source on each read: read once.
        var condition = statement?.Condition;
        WriteCode(json, code, statement is null || statement.Reported is not null ? Enumerable.Empty<string>() : EventCoding.AuxiliaryModes(statement, condition));
        json.WriteInterval("deadline", statement?.Deadline);
        // As written: a reported obligation's period is known only from the report's clauses.
        if (statement is { HasPeriod: true }) json.WritePeriod("period", statement.From, statement.Until, statement.FromTime, statement.UntilTime);
        else json.WriteNull("period");
        json.WriteText("condition", condition);
        WriteAfter(json, statement, ids);
        WriteTarget(json, statement, ids);
        json.WriteText("topic", statement?.Topic);
        json.WriteText("quote", statement?.Quote);
        Quantities.Write(json, statement?.Quantities ?? ImmutableArray<Quantity>.Empty);
        json.WriteText("source", statement is null ? meeting?.Source : statement.Source);
        CitedSources.Write(json, statement?.Sources ?? meeting?.Sources ?? ImmutableArray<CitedSource>.Empty);
        json.WriteId("via", statement?.Via, ids);
        json.WriteText("capacity", statement?.Capacity);
        json.WriteId("meeting", meeting ?? statement?.Meeting, ids);
        json.WriteId("talks", meeting is null ? statement?.Talks : meeting.Talks, ids);
        json.WriteIds("references", statement?.References ?? ImmutableArray<StatementSymbol>.Empty, ids);
        json.WriteId("agreement", statement?.Agreement, ids);
        json.WriteId("under", statement?.Under, ids);
        WriteReported(json, statement, ids);
        Citation.Write(json, context.Compilation.GetRecord(symbol));
        json.WriteLocation(symbol, context.Compilation);
        json.WriteEndObject();
    }

    /// <summary>PLOVER's <c>date</c> and <c>enddate</c>: the first and last day the act may have taken place on, and how precisely that is known.</summary>
    private static void WriteDates(Utf8JsonWriter json, DateInterval? date)
    {
        json.WriteText("date", date is { } start ? DateInterval.Format(start.Start) : null);
        json.WriteText("enddate", date is { } end ? DateInterval.Format(end.End) : null);
        json.WriteText("datePrecision", date is { } known ? JsonWriterExtensions.PrecisionName(known.Precision) : null);
    }

    private static void WriteCode(Utf8JsonWriter json, EventCode code, IEnumerable<string> auxiliaryModes)
    {
        if (code.Plover is { } plover)
        {
            json.WriteStartObject("plover");
            json.WriteString("eventType", plover.EventType);
            json.WriteText("mode", plover.Mode);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("plover");
        }

        json.WriteText("cameo", code.Cameo);
        json.WriteTextArray("auxiliary", auxiliaryModes);
    }

    /// <summary><c>after allies_talks</c>, <c>after "consultations"</c>, <c>after 2015-02-12</c>: what the act comes after.</summary>
    private static void WriteAfter(Utf8JsonWriter json, StatementSymbol? statement, SymbolIds ids)
    {
        var text = statement?.AfterText;
        if (statement is null || (statement.AfterSymbol is null && text is null && statement.AfterDate is null))
        {
            json.WriteNull("after");
            return;
        }

        json.WriteStartObject("after");
        WriteReference(json, statement.AfterSymbol, ids);
        json.WriteText("text", text);
        json.WriteInterval("date", statement.AfterDate);
        json.WriteEndObject();
    }

    /// <summary>What an assessment (<c>calls X "..."</c>) is about: a symbol, or a description.</summary>
    private static void WriteTarget(Utf8JsonWriter json, StatementSymbol? statement, SymbolIds ids)
    {
        var text = statement?.TargetText;
        if (statement is null || (statement.TargetSymbol is null && text is null))
        {
            json.WriteNull("target");
            return;
        }

        json.WriteStartObject("target");
        WriteReference(json, statement.TargetSymbol, ids);
        json.WriteText("text", text);
        json.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter json, Symbol? symbol, SymbolIds ids)
    {
        json.WriteText("type", symbol switch
        {
            ActorSymbol => "actor",
            MeetingSymbol => "meeting",
            TalksSymbol => "talks",
            StatementSymbol => "event",
            _ => null,
        });
        json.WriteId("id", symbol, ids);
    }

    /// <summary>
    /// The act inside reported speech, coded for its own verb and actors (the report's actors are the
    /// speakers, its source). Clauses are bound to the report, so recipients, deadline and so on are there.
    /// </summary>
    private static void WriteReported(Utf8JsonWriter json, StatementSymbol? report, SymbolIds ids)
    {
        if (report?.Reported is not { } reported)
        {
            json.WriteNull("reported");
            return;
        }

        var code = EventCoding.For(reported.StatementKind);
        json.WriteStartObject("reported");
        json.WriteString("kind", code.Kind);
        json.WriteText("text", reported.Text);
        json.WriteIds("actors", reported.Actors, ids);
        WriteCode(json, code, EventCoding.AuxiliaryModes(reported, report.Condition));
        WriteTarget(json, reported, ids);
        json.WriteIds("references", reported.References, ids);
        json.WriteEndObject();
    }
}
