using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NodaTime;

namespace NegotiationDsl.Cli.Output.Status;

/// <summary>
/// <c>negc status --format json</c>: the status tables as data, specified by
/// <c>docs/schema/negotiation-status.v1.schema.json</c>. Every table is written by the same loop from its field list
/// (<see cref="StatusJsonFields"/>), and every value has the records JSON's shape: ids, date intervals, event times,
/// quantities and sources, escaped the same way.
/// </summary>
internal static class StatusJsonWriter
{
    /// <summary>The <c>schemaVersion</c> written: major.minor, as the records JSON's (see docs/schema/README.md).</summary>
    public const string SchemaVersion = "1.0";

    public const string SchemaId = "https://negotiationdsl.invalid/schema/negotiation-status.v1.schema.json";

    /// <summary>The top-level <c>asOf</c> is the day every row is evaluated on, null when there is none or they differ (each row has its own).</summary>
    public static void Write(TextWriter output, StatusTables tables, LocalDate? requested)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaId);
            json.WriteString("schemaVersion", SchemaVersion);
            StatusJsonValues.WriteDay(json, "asOf", CommonDay(tables, requested));
            WriteRows(json, "commitments", tables.Commitments, StatusJsonFields.Commitments);
            WriteRows(json, "agreements", tables.Agreements, StatusJsonFields.Agreements);
            WriteRows(json, "replies", tables.Replies, StatusJsonFields.Replies);
            WriteRows(json, "milestones", tables.Milestones, StatusJsonFields.Milestones);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static void WriteRows<TRow>(Utf8JsonWriter json, string name, IEnumerable<TRow> rows, IReadOnlyList<StatusField<TRow>> fields)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            foreach (var field in fields) field.Write(json, field.Name, row);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static LocalDate? CommonDay(StatusTables tables, LocalDate? requested)
    {
        var days = tables.Commitments.Select(row => row.AsOf)
            .Concat(tables.Agreements.Select(row => row.AsOf))
            .Concat(tables.Replies.Select(row => row.AsOf))
            .Concat(tables.Milestones.Select(row => row.AsOf))
            .Distinct().ToList();
        return days.Count == 0 ? requested : days.Count == 1 ? days[0] : null;
    }
}
