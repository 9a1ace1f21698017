using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Dates;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Language;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Output;

/// <summary>One line per commitment: who owes what to whom, by when, and its state on a day (null: no day).</summary>
internal sealed record CommitmentRow(string Id, string Debtors, string Creditors, string Deliverable, string Deadline, string Made, string State, string Location, LocalDate? AsOf)
{
    /// <summary><c>achievement</c>, <c>maintenance</c> or <c>prohibition</c>.</summary>
    public string Kind { get; init; } = "achievement";

    /// <summary>How many violations within the period began on or before the day (a maintenance obligation or prohibition), and the last one's date.</summary>
    public int Violations { get; init; }
    public string? LastViolation { get; init; }

    /// <summary>Its amounts (<c>at least 50 km “zone”</c>) and its own sources with their grades (<c>Reuters (B2); disputed by TASS (C4)</c>), null when none.</summary>
    public string? Amount { get; init; }
    public string? Source { get; init; }
}

internal static class CommitmentReport
{
    private static readonly string[] Header = { "ID", "DEBTOR", "CREDITOR", "DEADLINE", "STATE", "AMOUNT", "SOURCE", "DELIVERABLE" };

    /// <summary>Columns a table has only when a row fills them (<see cref="TextTable.Write"/>).</summary>
    internal static readonly string[] OptionalColumns = { "AMOUNT", "SOURCE" };

    /// <summary>
    /// Every commitment on <paramref name="requested"/>, or else on its compilation's default "as of" day, the
    /// latest date in that compilation's records (<see cref="Compilation.GetLatestDate"/>, as in its report).
    /// </summary>
    public static IReadOnlyList<CommitmentRow> Rows(IEnumerable<Compilation> compilations, LocalDate? requested) =>
        compilations.SelectMany(compilation => Rows(compilation, requested ?? compilation.GetLatestDate())).ToList();

    private static IEnumerable<CommitmentRow> Rows(Compilation compilation, LocalDate? asOf) =>
        compilation.Commitments.Select(commitment => new CommitmentRow(
            compilation.GetStableName(commitment),
            Names(commitment.Debtors),
            Names(commitment.Creditors),
            commitment.Deliverable ?? "",
            DeadlineText(commitment),
            commitment.Date?.ToString() ?? "unknown",
            ReportText.StateOf(commitment, asOf),
            commitment.Location.ToString(),
            asOf)
        {
            Kind = Obligations.Name(commitment.Obligation),
            Violations = ViolationsBy(commitment, asOf).Count(),
            LastViolation = ViolationsBy(commitment, asOf).LastOrDefault()?.ToString(),
            Amount = ReportText.Quantities(commitment.Quantities),
            Source = ReportText.Sources(commitment.Sources),
        });

    private static IEnumerable<DateInterval?> ViolationsBy(CommitmentSymbol commitment, LocalDate? asOf) =>
        commitment.ViolationsInPeriod.Select(violation => violation.Date).Where(date => date is { } day && asOf is { } until && day.Start <= until);

    /// <summary><c>2022-01-31</c>, or <c>unknown</c> when nothing in the records is dated and no day was given.</summary>
    public static string AsOfText(LocalDate? asOf) => asOf is { } day ? DateInterval.Format(day) : "unknown";

    private static string DeadlineText(CommitmentSymbol commitment)
    {
        if (commitment.Lasts) return commitment.PeriodText;
        if (commitment.Deadline is { } deadline) return deadline.Precision == DatePrecision.Day ? deadline.ToString() : $"{deadline} ({deadline.Precision.ToString().ToLowerInvariant()})";
        if (commitment.DeadlineAsWritten is { } written) return written + " (unresolved)";
        return commitment.HasUnresolvedDeadline ? "unresolved" : "none";
    }

    /// <summary>"Ukraine, DPR, LPR", or "-" for nobody: the status table's way of listing actors.</summary>
    internal static string Names(ImmutableArray<ActorSymbol> actors) => actors.IsEmpty ? "-" : string.Join(", ", actors.Select(actor => actor.Name));

    /// <summary>
    /// A table with one line per commitment, under the day it is evaluated on (one table per run of rows with the
    /// same day: folders without a given day each have their own). Each cell is escaped first, so no record text
    /// can add a line or a column.
    /// </summary>
    public static void WriteText(CliConsole console, IReadOnlyList<CommitmentRow> rows, LocalDate? requested)
    {
        var groups = SameDayRuns(rows).ToList();
        if (groups.Count == 0) groups.Add((requested, []));
        foreach (var (asOf, group) in groups)
        {
            console.WriteLine($"Commitments as of {AsOfText(asOf)}:");
            TextTable.Write(console, Header, group.Select(Cells), OptionalColumns);
        }

        console.WriteLine($"{rows.Count} commitment(s).");
    }

    /// <summary>A row's cells, each escaped once; the deliverable is shortened after escaping, so its width is what is shown.</summary>
    private static string[] Cells(CommitmentRow row)
    {
        var cells = new[] { row.Id, row.Debtors, row.Creditors, row.Deadline, row.State, Cell(row.Amount), Cell(row.Source), row.Deliverable }
            .Select(PrintableText.Escape).ToArray();
        cells[^1] = ReportText.Shorten(cells[^1], 60);
        return cells;
    }

    /// <summary>A cell of an optional column: <see cref="TextTable.Nothing"/> for nothing.</summary>
    internal static string Cell(string? text) => text ?? TextTable.Nothing;

    private static IEnumerable<(LocalDate? AsOf, List<CommitmentRow> Rows)> SameDayRuns(IReadOnlyList<CommitmentRow> rows)
    {
        List<CommitmentRow>? run = null;
        foreach (var row in rows)
        {
            if (run is not null && run[0].AsOf != row.AsOf)
            {
                yield return (run[0].AsOf, run);
                run = null;
            }

            (run ??= []).Add(row);
        }

        if (run is not null) yield return (run[0].AsOf, run);
    }

    /// <summary>The top-level <c>asOf</c> is the day every commitment is evaluated on, null when there is none or they differ (each commitment has its own).</summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<CommitmentRow> rows, IReadOnlyList<AgreementRow> agreements, IReadOnlyList<ReplyRow> replies, IReadOnlyList<MilestoneRow> milestones, LocalDate? requested)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            var days = rows.Select(row => row.AsOf).Distinct().ToList();
            WriteDay(json, "asOf", days.Count == 0 ? requested : days.Count == 1 ? days[0] : null);
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
                json.WriteString("kind", row.Kind);
                json.WriteNumber("violations", row.Violations);
                if (row.LastViolation is { } last) json.WriteString("lastViolation", last);
                else json.WriteNull("lastViolation");
                WriteText(json, "amount", row.Amount);
                WriteText(json, "source", row.Source);
                WriteDay(json, "asOf", row.AsOf);
                json.WriteString("location", row.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            AgreementReport.WriteJson(json, agreements);
            ReplyReport.WriteJson(json, replies);
            MilestoneReport.WriteJson(json, milestones);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A string, or null when there is none: every property stays present.</summary>
    internal static void WriteText(Utf8JsonWriter json, string name, string? text)
    {
        if (text is null) json.WriteNull(name);
        else json.WriteString(name, text);
    }

    internal static void WriteDay(Utf8JsonWriter json, string name, LocalDate? day)
    {
        if (day is { } value) json.WriteString(name, DateInterval.Format(value));
        else json.WriteNull(name);
    }
}
