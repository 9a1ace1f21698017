using System.Text.Json;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>commitments</c>: every commitment as an obligation (debtors, creditors, deliverable, deadline,
/// condition) with what later records say happened to it. Its state is not written: it depends on the
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
            json.WriteInterval("deadline", commitment.Deadline);
            json.WriteBoolean("deadlineUnresolved", commitment.HasUnresolvedDeadline);
            json.WriteText("condition", commitment.Condition);
            json.WriteInterval("made", commitment.Date);
            json.WriteStartArray("events");
            foreach (var settlement in commitment.Events)
            {
                json.WriteStartObject();
                json.WriteString("kind", EventCoding.For(settlement.Kind).Kind);
                json.WriteInterval("date", settlement.Date);
                json.WriteId("statement", settlement.Statement, ids);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
