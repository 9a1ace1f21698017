using System.Text.Json;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>commitments</c>: every commitment as an obligation (debtors, creditors, deliverable, its kind, deadline
/// or period, condition) with what later records say happened to it, violations included. Its state is not written: it depends on the
/// day it is asked on (see docs/schema/README.md).
/// </summary>
internal static class CommitmentSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("commitments");
        foreach (var commitment in context.Compilation.Commitments)
        {
            json.WriteStartObject();
            json.WriteText("id", ids[commitment]);
            json.WriteId("statement", commitment, ids);
            json.WriteIds("debtors", commitment.Debtors, ids);
            json.WriteIds("creditors", commitment.Creditors, ids);
            json.WriteText("deliverable", commitment.Deliverable);
            json.WriteString("obligation", Obligations.Name(commitment.Obligation));
            json.WriteInterval("deadline", commitment.Deadline);
            json.WriteBoolean("deadlineUnresolved", commitment.HasUnresolvedDeadline);
            json.WriteText("deadlineAsWritten", commitment.DeadlineAsWritten);
            json.WriteText("condition", commitment.Condition);
            json.WriteInterval("made", commitment.Date);
            WritePeriod(json, commitment);
            json.WriteStartArray("events");
            foreach (var settlement in commitment.Events) WriteEvent(json, settlement, ids);

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>One event about a labelled statement (a commitment's settlement or violation, a reply to an offer): what, when, recorded where, by whom, reported by whom.</summary>
    internal static void WriteEvent(Utf8JsonWriter json, CommitmentEvent recorded, SymbolIds ids)
    {
        json.WriteStartObject();
        json.WriteString("kind", EventCoding.For(recorded.Kind).Kind);
        json.WriteInterval("date", recorded.Date);
        json.WriteId("statement", recorded.Record, ids);
        json.WriteIds("actors", recorded.Statement.Actors, ids);
        json.WriteIds("reportedBy", recorded.ReportedBy, ids);
        json.WriteEndObject();
    }

    /// <summary><c>period</c>: when a maintenance obligation or prohibition holds (<c>start</c> is the day it was made when not written, <c>end</c> null when open); null for an achievement.</summary>
    private static void WritePeriod(Utf8JsonWriter json, CommitmentSymbol commitment)
    {
        if (commitment.Lasts) json.WritePeriod("period", commitment.PeriodStart, commitment.Until, commitment.PeriodStartTime, commitment.UntilTime);
        else json.WriteNull("period");
    }
}
