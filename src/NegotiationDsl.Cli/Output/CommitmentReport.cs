using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Dates;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Output;

/// <summary>One line per commitment: who owes what to whom, by when, and its state on a date.</summary>
internal sealed record CommitmentRow(string Id, string Debtors, string Creditors, string Deliverable, string Deadline, string Made, string State, string Location);

internal static class CommitmentReport
{
    private static readonly string[] Header = { "ID", "DEBTOR", "CREDITOR", "DEADLINE", "STATE", "DELIVERABLE" };

    public static IReadOnlyList<CommitmentRow> Rows(IEnumerable<Compilation> compilations, LocalDate asOf) =>
        compilations.SelectMany(compilation => compilation.Commitments)
            .Select(commitment => new CommitmentRow(
                commitment.HasLabel ? commitment.Name : "(unlabelled)",
                Names(commitment.Debtors),
                Names(commitment.Creditors),
                commitment.Deliverable ?? "",
                DeadlineText(commitment),
                commitment.Date?.ToString() ?? "unknown",
                ReportText.State(commitment.GetState(asOf)),
                commitment.Location.ToString()))
            .ToList();

    /// <summary>The default "as of" day: the latest day any record mentions (so a report never looks into the future).</summary>
    public static LocalDate LatestDate(IEnumerable<Compilation> compilations) =>
        compilations.Select(compilation => compilation.GetLatestDate()).Max() ?? new LocalDate(1970, 1, 1);

    private static string DeadlineText(CommitmentSymbol commitment)
    {
        if (commitment.Deadline is { } deadline) return deadline.Precision == DatePrecision.Day ? deadline.ToString() : $"{deadline} ({deadline.Precision.ToString().ToLowerInvariant()})";
        return commitment.HasUnresolvedDeadline ? "unresolved" : "none";
    }

    private static string Names(ImmutableArray<ActorSymbol> actors) => actors.IsEmpty ? "-" : string.Join(", ", actors.Select(actor => actor.Name));

    /// <summary>A table with one line per commitment: each cell is escaped first, so no record text can add a line or a column.</summary>
    public static void WriteText(CliConsole console, IReadOnlyList<CommitmentRow> rows, LocalDate asOf)
    {
        console.WriteLine($"Commitments as of {DateInterval.Format(asOf)}:");
        var table = new List<string[]> { Header };
        table.AddRange(rows.Select(row => new[] { row.Id, row.Debtors, row.Creditors, row.Deadline, row.State, Shorten(PrintableText.Escape(row.Deliverable), 60) }
            .Select(PrintableText.Escape).ToArray()));
        var widths = Enumerable.Range(0, table[0].Length).Select(column => table.Max(line => line[column].Length)).ToArray();
        foreach (var line in table)
            console.WriteLine($"{new TerminalText(string.Join("  ", line.Select((cell, column) => column == line.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd())}");
        console.WriteLine($"{rows.Count} commitment(s).");
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<CommitmentRow> rows, LocalDate asOf)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("asOf", DateInterval.Format(asOf));
            json.WriteStartArray("commitments");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("id", row.Id);
                json.WriteString("debtors", row.Debtors);
                json.WriteString("creditors", row.Creditors);
                json.WriteString("deliverable", row.Deliverable);
                json.WriteString("deadline", row.Deadline);
                json.WriteString("made", row.Made);
                json.WriteString("state", row.State);
                json.WriteString("location", row.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Shorten(string text, int length) => ReportText.Shorten(text, length);
}
