using System.Linq;
using System.Text.Json;
using NegotiationDsl.Dates;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>agreements</c>: every declared agreement (a document, not an <c>agrees</c> act) with its signatories, witnesses,
/// guarantors, the events of its life, its provisions and the dates they give. Like a commitment's, its state on a day is
/// not written: it follows from the events (<c>negc status --format json</c> gives it on a day, generated models compute it).
/// </summary>
internal static class AgreementSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("agreements");
        foreach (var agreement in context.Compilation.Agreements)
        {
            json.WriteStartObject();
            json.WriteText("id", ids[agreement]);
            json.WriteText("title", agreement.Title);
            json.WriteText("kind", agreement.DocumentKind?.Name);
            json.WriteText("stage", agreement.Stage?.Name);
            json.WriteText("paxStage", agreement.Stage?.Title);
            WriteLength(json, "term", agreement.Term);
            json.WriteText("source", agreement.Source);
            WriteParties(json, "signatories", agreement, ids, StatementKind.Signing, StatementKind.Adoption);
            WriteParties(json, "witnesses", agreement, ids, StatementKind.Witnessing);
            WriteParties(json, "guarantors", agreement, ids, StatementKind.Guarantee);
            json.WriteStartArray("events");
            foreach (var item in agreement.Events)
            {
                json.WriteStartObject();
                json.WriteString("kind", EventCoding.For(item.Kind).Kind);
                json.WriteInterval("date", item.Date);
                json.WriteId("statement", item.Statement, ids);
                json.WriteIds("actors", item.Actors, ids);
                json.WriteIds("for", item.For, ids);
                WriteLength(json, "length", item.Length);
                json.WriteInterval("until", item.Until);
                json.WriteText("termEnd", item.TermEnd is { } itemEnd ? Dates.DateInterval.Format(itemEnd) : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteIds("provisions", agreement.Provisions, ids);
            var dates = agreement.Dates;
            json.WriteStartObject("dates");
            json.WriteInterval("signed", dates.Signed);
            json.WriteInterval("inForce", dates.InForce);
            json.WriteText("termStart", dates.TermStart is { } start ? Dates.DateInterval.Format(start) : null);
            json.WriteText("termEnd", dates.TermEnd is { } end ? Dates.DateInterval.Format(end) : null);
            json.WriteInterval("suspended", dates.Suspended);
            json.WriteInterval("terminated", dates.Terminated);
            json.WriteEndObject();
            json.WriteLocation(agreement, context.Compilation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>One item per actor of each event of the kinds, in date order.</summary>
    private static void WriteParties(Utf8JsonWriter json, string name, AgreementSymbol agreement, SymbolIds ids, params StatementKind[] kinds)
    {
        json.WriteStartArray(name);
        foreach (var item in agreement.Events.Where(item => kinds.Contains(item.Kind)))
        {
            foreach (var actor in item.Actors)
            {
                json.WriteStartObject();
                json.WriteId("actor", actor, ids);
                json.WriteIds("for", item.For, ids);
                json.WriteInterval("date", item.Date);
                json.WriteId("statement", item.Statement, ids);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteLength(Utf8JsonWriter json, string name, CalendarLength? length)
    {
        if (length is not { } value)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("count", value.Count);
        json.WriteString("unit", CalendarLength.UnitName(value.Unit, 2));
        json.WriteEndObject();
    }
}
