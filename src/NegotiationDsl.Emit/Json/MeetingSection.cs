using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>talks</c> and <c>meetings</c>, in declaration order, with the ids of what they hold. Both take the
/// same attributes in the grammar (date, time, duration, participants, format, source), written the same way.
/// </summary>
internal static class MeetingSection
{
    public static void WriteTalks(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("talks");
        foreach (var talks in context.Compilation.Symbols.OfType<TalksSymbol>())
        {
            json.WriteStartObject();
            json.WriteText("id", ids[talks]);
            json.WriteText("title", talks.Title);
            WriteAttributes(json, talks);
            json.WriteIds("participants", talks.Participants, ids);
            WriteRoles(json, talks, ids);
            WriteDelegations(json, talks, ids);
            json.WriteIds("meetings", talks.Meetings, ids);
            WriteContents(json, talks, context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteMeetings(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("meetings");
        foreach (var meeting in context.Compilation.Symbols.OfType<MeetingSymbol>())
        {
            json.WriteStartObject();
            json.WriteText("id", ids[meeting]);
            json.WriteText("place", meeting.Place);
            WriteAttributes(json, meeting);
            json.WriteIds("participants", meeting.Participants, ids);
            WriteRoles(json, meeting, ids);
            WriteDelegations(json, meeting, ids);
            json.WriteId("talks", meeting.Talks, ids);
            WriteContents(json, meeting, context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAttributes(Utf8JsonWriter json, GatheringSymbol gathering)
    {
        json.WriteInterval("date", gathering.Date);
        json.WriteTime("localTime", gathering.LocalTime);
        json.WriteEventTime("startTime", gathering.StartTime);
        json.WriteEventTime("endTime", gathering.EndTime);
        json.WriteText("timeZone", gathering.TimeZoneId);
        json.WriteMinutes("durationMinutes", gathering.Duration);
        Quantities.WriteDurationApproximation(json, gathering.Duration is not null, gathering.DurationApproximation);
        json.WriteText("format", gathering.Format);
    }

    /// <summary><c>"roles": [{ "role": "mediator", "actors": ["Carter"], "cameo": "045" }]</c>, in the order written.</summary>
    private static void WriteRoles(Utf8JsonWriter json, GatheringSymbol gathering, SymbolIds ids)
    {
        json.WriteStartArray("roles");
        foreach (var assignment in gathering.Roles)
        {
            json.WriteStartObject();
            json.WriteString("role", assignment.Role.Name);
            json.WriteIds("actors", assignment.Actors, ids);
            json.WriteText("cameo", assignment.Role.Cameo);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary><c>"delegations": [{ "party": "USA", "lead": "Sherman", "members": ["Sherman", "Karpovich"] }]</c>, in the order written.</summary>
    private static void WriteDelegations(Utf8JsonWriter json, GatheringSymbol gathering, SymbolIds ids)
    {
        json.WriteStartArray("delegations");
        foreach (var delegation in gathering.Delegations)
        {
            json.WriteStartObject();
            json.WriteId("party", delegation.Party, ids);
            json.WriteId("lead", delegation.Lead, ids);
            json.WriteIds("members", delegation.Members, ids);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The statements held, the own sources and the location.</summary>
    private static void WriteContents(Utf8JsonWriter json, GatheringSymbol gathering, EmitContext context)
    {
        json.WriteIds("statements", gathering.Statements, context.Ids);
        json.WriteText("source", gathering.Source);
        CitedSources.Write(json, gathering.Sources);
        json.WriteLocation(gathering, context.Compilation);
    }
}
