using System.Text.Json;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>milestones</c>: every declared milestone with its day, what it counts from, the records that it happened or not
/// (from whichever folder), and its state on the compilation's default day.
/// </summary>
internal static class MilestoneSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        var asOf = context.Compilation.GetLatestDate();
        json.WriteStartArray("milestones");
        foreach (var milestone in context.Compilation.Milestones)
        {
            json.WriteStartObject();
            json.WriteText("id", ids[milestone]);
            json.WriteText("title", milestone.Title);
            json.WriteInterval("day", milestone.Day);
            json.WriteId("after", milestone.AfterSymbol, ids);
            json.WriteInterval("countsFrom", milestone.CountsFrom);
            json.WriteStartArray("records");
            foreach (var record in milestone.Records) CommitmentSection.WriteEvent(json, record, ids);

            json.WriteEndArray();
            json.WriteInterval("happened", milestone.Occurrence?.Date);
            json.WriteText("asOf", asOf is { } day ? Dates.DateInterval.Format(day) : null);
            json.WriteString("state", MilestoneStates.Name(milestone.GetState(asOf)));
            json.WriteLocation(milestone, context.Compilation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
