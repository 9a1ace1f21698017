using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Language;
using NegotiationDsl.Model;
using static NegotiationDsl.Cli.Output.Status.StatusJsonValues;

namespace NegotiationDsl.Cli.Output.Status;

/// <summary>
/// The properties of each row kind of the status JSON, in the order they are written: one table per kind, and the
/// schema (<c>docs/schema/negotiation-status.v1.schema.json</c>) lists the same names, which a test compares.
/// Values come from the symbols, not from the text table's cells; <c>stateText</c> is the text table's wording.
/// </summary>
internal static class StatusJsonFields
{
    public static readonly IReadOnlyList<StatusField<CommitmentRow>> Commitments =
    [
        new("id", (json, name, row) => json.WriteText(name, row.Ids[row.Symbol])),
        new("label", (json, name, row) => json.WriteText(name, row.Symbol.HasLabel ? row.Symbol.Name : null)),
        new("obligation", (json, name, row) => json.WriteString(name, row.Kind)),
        new("debtors", (json, name, row) => WriteParties(json, name, row.Symbol.Debtors, row.Ids)),
        new("creditors", (json, name, row) => WriteParties(json, name, row.Symbol.Creditors, row.Ids)),
        new("deliverable", (json, name, row) => json.WriteText(name, row.Symbol.Deliverable)),
        new("made", (json, name, row) => json.WriteInterval(name, row.Symbol.Date)),
        new("madeTime", (json, name, row) => json.WriteEventTime(name, row.Symbol.StartTime)),
        new("deadline", (json, name, row) => json.WriteInterval(name, row.Symbol.Deadline)),
        new("deadlineAsWritten", (json, name, row) => json.WriteText(name, row.Symbol.DeadlineAsWritten)),
        new("deadlineUnresolved", (json, name, row) => json.WriteBoolean(name, row.Symbol.HasUnresolvedDeadline)),
        new("period", (json, name, row) => WritePeriod(json, name, row)),
        new("state", (json, name, row) => json.WriteString(name, row.StateName)),
        new("stateText", (json, name, row) => json.WriteText(name, row.State)),
        new("violations", (json, name, row) => json.WriteNumber(name, row.Violations)),
        new("lastViolation", (json, name, row) => json.WriteInterval(name, row.LastViolation)),
        new("quantities", (json, name, row) => WriteQuantities(json, name, row.Symbol.Quantities)),
        new("sources", (json, name, row) => WriteSources(json, name, row.Symbol.Sources)),
        new("asOf", (json, name, row) => WriteDay(json, name, row.AsOf)),
        new("location", (json, name, row) => WriteLocation(json, name, row.Symbol, row.Ids.Compilation)),
    ];

    public static readonly IReadOnlyList<StatusField<AgreementRow>> Agreements =
    [
        new("id", (json, name, row) => json.WriteText(name, row.Ids[row.Symbol])),
        new("title", (json, name, row) => json.WriteText(name, row.Symbol.Title)),
        new("kind", (json, name, row) => json.WriteText(name, row.Symbol.DocumentKind?.Name)),
        new("state", (json, name, row) => json.WriteString(name, row.StateName)),
        new("stateText", (json, name, row) => json.WriteText(name, row.State)),
        new("signed", (json, name, row) => json.WriteInterval(name, row.Dates.Signed)),
        new("inForce", (json, name, row) => json.WriteInterval(name, row.Dates.InForce)),
        new("termEnd", (json, name, row) => WriteDay(json, name, row.Dates.TermEnd)),
        new("sources", (json, name, row) => WriteSources(json, name, row.Symbol.Source is { } source ? [new CitedSource(source, null, SourceStance.Reports)] : [])),
        new("asOf", (json, name, row) => WriteDay(json, name, row.AsOf)),
        new("location", (json, name, row) => WriteLocation(json, name, row.Symbol, row.Ids.Compilation)),
    ];

    public static readonly IReadOnlyList<StatusField<ReplyRow>> Replies =
    [
        new("id", (json, name, row) => json.WriteText(name, row.Ids[row.Symbol])),
        new("kind", (json, name, row) => json.WriteString(name, row.Kind)),
        new("by", (json, name, row) => WriteParties(json, name, row.Symbol.Actors, row.Ids)),
        new("to", (json, name, row) => WriteParties(json, name, row.Symbol.Recipients, row.Ids)),
        new("text", (json, name, row) => json.WriteText(name, row.Symbol.Text)),
        new("made", (json, name, row) => json.WriteInterval(name, row.Symbol.Date)),
        new("madeTime", (json, name, row) => json.WriteEventTime(name, row.Symbol.StartTime)),
        new("state", (json, name, row) => json.WriteString(name, row.StateName)),
        new("stateText", (json, name, row) => json.WriteText(name, row.State)),
        new("replies", (json, name, row) => WriteReplies(json, name, row)),
        new("quantities", (json, name, row) => WriteQuantities(json, name, row.Symbol.Quantities)),
        new("sources", (json, name, row) => WriteSources(json, name, row.Symbol.Sources)),
        new("asOf", (json, name, row) => WriteDay(json, name, row.AsOf)),
        new("location", (json, name, row) => WriteLocation(json, name, row.Symbol, row.Ids.Compilation)),
    ];

    public static readonly IReadOnlyList<StatusField<MilestoneRow>> Milestones =
    [
        new("id", (json, name, row) => json.WriteText(name, row.Ids[row.Symbol])),
        new("title", (json, name, row) => json.WriteText(name, row.Symbol.Title)),
        new("day", (json, name, row) => json.WriteInterval(name, row.Symbol.Day)),
        new("after", (json, name, row) => json.WriteId(name, row.Symbol.AfterSymbol, row.Ids)),
        new("state", (json, name, row) => json.WriteString(name, row.StateName)),
        new("stateText", (json, name, row) => json.WriteText(name, row.State)),
        new("happened", (json, name, row) => json.WriteInterval(name, row.Symbol.Occurrence?.Date)),
        new("asOf", (json, name, row) => WriteDay(json, name, row.AsOf)),
        new("location", (json, name, row) => WriteLocation(json, name, row.Symbol, row.Ids.Compilation)),
    ];

    /// <summary>A maintenance obligation's or prohibition's period as the records JSON writes it; null for an achievement.</summary>
    private static void WritePeriod(Utf8JsonWriter json, string name, CommitmentRow row)
    {
        var commitment = row.Symbol;
        if (commitment.Lasts) json.WritePeriod(name, commitment.PeriodStart, commitment.Until, commitment.PeriodStartTime, commitment.UntilTime);
        else json.WriteNull(name);
    }

    /// <summary>Each reply with its kind (<c>acceptance</c>, <c>rejection</c>, <c>answer</c>), day, statement and who replied.</summary>
    private static void WriteReplies(Utf8JsonWriter json, string name, ReplyRow row)
    {
        json.WriteStartArray(name);
        foreach (var reply in row.Symbol.Replies)
        {
            json.WriteStartObject();
            json.WriteString("kind", EventCoding.For(reply.Kind).Kind);
            json.WriteInterval("date", reply.Date);
            json.WriteId("statement", reply.Record, row.Ids);
            WriteParties(json, "by", reply.Statement.Actors, row.Ids);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuantities(Utf8JsonWriter json, string name, ImmutableArray<Quantity> quantities)
    {
        json.WritePropertyName(name);
        Quantities.WriteValue(json, quantities);
    }

    private static void WriteSources(Utf8JsonWriter json, string name, ImmutableArray<CitedSource> sources)
    {
        json.WritePropertyName(name);
        CitedSources.WriteValue(json, sources);
    }
}
