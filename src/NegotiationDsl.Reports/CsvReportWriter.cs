using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Language;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// The commitment tracker as CSV (RFC 4180: a header row, CRLF between rows, UTF-8): one row per commitment,
/// in the tracker's order, with its deadline as text and as first and last day, and its state on the
/// "as of" day. Cells are quoted where needed and neutralised against formula injection (<see cref="CsvText"/>).
/// </summary>
public static class CsvReportWriter
{
    public const string Extension = ".csv";

    /// <summary>The tracker's columns; an archive's tracker has the same (<see cref="Archives.ArchiveCsvWriter"/>).</summary>
    internal static readonly string[] Columns =
    {
        "compilation", "id", "debtors", "creditors", "deliverable", "condition", "made", "deadline", "deadline_start", "deadline_end",
        "deadline_precision", "state", "as_of", "events", "track", "meeting_place", "quote", "source", "file", "line",
        "obligation", "period_start", "period_end",
    };

    public static string Write(ReportModel model)
    {
        var output = new StringBuilder();
        Row(output, Columns);
        foreach (var commitment in model.Commitments)
            Row(output, CommitmentCells(model.Name, commitment.Label, commitment, model.AsOf, commitment.FileName, commitment.Events.Select(EventText)));

        return output.ToString();
    }

    /// <summary>An archive's page as a table: its tracks, its commitments, or an actor's entries.</summary>
    public static string WritePage(Archives.ArchivePage page) => Archives.ArchiveCsvWriter.Write(page);

    /// <summary>A commitment's cells, in the order of <see cref="Columns"/>.</summary>
    internal static string?[] CommitmentCells(string compilation, string? id, ReportCommitment commitment, LocalDate? asOf, string file, IEnumerable<string> events) => new[]
    {
        compilation,
        id,
        string.Join("; ", commitment.Debtors),
        string.Join("; ", commitment.Creditors),
        commitment.Deliverable,
        commitment.Condition,
        commitment.Made is { } made ? ReportText.Date(made) : null,
        ReportLayout.DeadlineText(commitment),
        commitment.Deadline is { } start ? ReportText.Date(start.Start) : null,
        commitment.Deadline is { } end ? ReportText.Date(end.End) : null,
        commitment.Deadline is { } precision ? ReportText.PrecisionName(precision.Precision) : null,
        commitment.StateText,
        asOf is { } day ? ReportText.Date(day) : "",
        string.Join("; ", events),
        commitment.Track,
        commitment.Place,
        commitment.Quote,
        commitment.Source,
        file,
        commitment.Line.ToString(CultureInfo.InvariantCulture),
        Obligations.Name(commitment.Obligation),
        commitment.PeriodStart is { } periodStart ? ReportText.Date(periodStart) : null,
        commitment.PeriodEnd is { } periodEnd ? ReportText.Date(periodEnd) : null,
    };

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken".</summary>
    internal static string EventText(ReportEvent e) =>
        ReportText.EventVerb(e.Kind) + " " + (e.Date is { } date ? ReportText.Date(date) : "on an unknown day") + " by " + ReportText.List(e.Actors)
        + (e.ReportedBy.IsEmpty ? "" : " (reported by " + ReportText.List(e.ReportedBy) + ")");

    internal static void Row(StringBuilder output, IEnumerable<string?> cells) => output.Append(string.Join(",", cells.Select(CsvText.Cell))).Append("\r\n");
}
