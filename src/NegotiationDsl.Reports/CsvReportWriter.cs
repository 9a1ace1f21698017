using System.Globalization;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// The commitment tracker as CSV (RFC 4180: a header row, CRLF between rows, UTF-8): one row per commitment,
/// in the tracker's order, with its deadline as text and as first and last day, and its state on the
/// "as of" day. Cells are quoted where needed and neutralised against formula injection (<see cref="CsvText"/>).
/// </summary>
public static class CsvReportWriter
{
    public const string Extension = ".csv";

    private static readonly string[] Columns =
    {
        "compilation", "id", "debtors", "creditors", "deliverable", "condition", "made", "deadline", "deadline_start", "deadline_end",
        "deadline_precision", "state", "as_of", "events", "track", "meeting_place", "quote", "source", "file", "line",
    };

    public static string Write(ReportModel model)
    {
        var output = new StringBuilder();
        Row(output, Columns);
        var asOf = model.AsOf is { } day ? ReportText.Date(day) : "";
        foreach (var commitment in model.Commitments)
        {
            Row(output, new[]
            {
                model.Name,
                commitment.Label,
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
                asOf,
                string.Join("; ", commitment.Events.Select(e => ReportText.EventVerb(e.Kind) + " " + (e.Date is { } date ? ReportText.Date(date) : "on an unknown day") + " by " + ReportText.List(e.Actors))),
                commitment.Track,
                commitment.Place,
                commitment.Quote,
                commitment.Source,
                commitment.FileName,
                commitment.Line.ToString(CultureInfo.InvariantCulture),
            });
        }

        return output.ToString();
    }

    private static void Row(StringBuilder output, string?[] cells) => output.Append(string.Join(",", cells.Select(CsvText.Cell))).Append("\r\n");
}
