using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Language;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// The tracker as CSV (RFC 4180: a header row, CRLF between rows, UTF-8 after a byte order mark): one row per commitment, in the tracker's order,
/// with its deadline as text and as first and last day, and its state on the "as of" day; then one row per agreement
/// (a document), one per milestone and one per labelled offer or proposal, told apart by the <c>row</c> column, in the columns they share
/// with commitments and in columns of their own. Cells are quoted where needed and neutralised against formula
/// injection (<see cref="CsvText"/>).
/// </summary>
public static class CsvReportWriter
{
    public const string Extension = ".csv";

    /// <summary>The tracker's columns; an archive's tracker has the same (<see cref="Archives.ArchiveCsvWriter"/>). New columns go at the end.</summary>
    internal static readonly string[] Columns =
    {
        "compilation", "id", "debtors", "creditors", "deliverable", "condition", "made", "deadline", "deadline_start", "deadline_end",
        "deadline_precision", "state", "as_of", "events", "track", "meeting_place", "quote", "source", "file", "line",
        "obligation", "period_start", "period_end",
        "row", "quantities", "under", "agreement_kind", "stage", "signed", "in_force", "term", "term_end", "signatories", "provisions",
        "counts_from",
    };

    public static string Write(ReportModel model)
    {
        var output = new StringBuilder().Append(CsvText.ByteOrderMark);
        Row(output, Columns);
        foreach (var commitment in model.Commitments)
            Row(output, CommitmentCells(model.Name, commitment.Id, commitment, model.AsOf, commitment.FileName, commitment.Events.Select(EventText)));
        foreach (var agreement in model.Agreements)
            Row(output, AgreementCells(model.Name, agreement.Label, agreement, model.AsOf, agreement.FileName));
        foreach (var milestone in model.Milestones)
            Row(output, MilestoneCells(model.Name, milestone.Label, milestone, model.AsOf, milestone.FileName, milestone.Events.Select(EventText)));
        foreach (var proposal in model.Proposals)
            Row(output, ProposalCells(model.Name, proposal.Statement.Label, proposal, model.AsOf, proposal.Statement.FileName, proposal.Events.Select(EventText)));

        return output.ToString();
    }

    /// <summary>An archive's page as a table: its tracks, its commitments, or an actor's entries.</summary>
    public static string WritePage(Archives.ArchivePage page) => Archives.ArchiveCsvWriter.Write(page);

    /// <summary>A commitment's cells, in the order of <see cref="Columns"/>.</summary>
    internal static string?[] CommitmentCells(string compilation, string? id, ReportCommitment commitment, LocalDate? asOf, string file, IEnumerable<string> events) =>
        new Cells(compilation, id, asOf, file, commitment.Line)
            .Set("row", "commitment")
            .Set("debtors", string.Join("; ", commitment.Debtors))
            .Set("creditors", string.Join("; ", commitment.Creditors))
            .Set("deliverable", commitment.Deliverable)
            .Set("condition", commitment.Condition)
            .Set("made", commitment.Made is { } made ? ReportText.Date(made) : null)
            .Set("deadline", ReportLayout.DeadlineText(commitment))
            .Days("deadline", commitment.Deadline)
            .Set("state", commitment.StateText)
            .Set("events", string.Join("; ", events))
            .Set("track", commitment.Track)
            .Set("meeting_place", commitment.Place)
            .Set("quote", commitment.Quote)
            .Set("source", commitment.Source)
            .Set("obligation", Obligations.Name(commitment.Obligation))
            .Set("period_start", commitment.PeriodStart is { } periodStart ? ReportText.Date(periodStart) : null)
            .Set("period_end", commitment.PeriodEnd is { } periodEnd ? ReportText.Date(periodEnd) : null)
            .Set("quantities", ReportText.Quantities(commitment.Quantities))
            .Set("under", commitment.Under)
            .Values;

    /// <summary>An agreement's cells: its title as <c>deliverable</c>, its state on the "as of" day, its dates, signatories and provisions.</summary>
    internal static string?[] AgreementCells(string compilation, string? id, ReportAgreement agreement, LocalDate? asOf, string file) =>
        new Cells(compilation, id, asOf, file, agreement.Line)
            .Set("row", "agreement")
            .Set("deliverable", agreement.Title)
            .Set("state", agreement.State)
            .Set("source", agreement.Source)
            .Set("agreement_kind", agreement.Kind)
            .Set("stage", agreement.Stage)
            .Set("signed", agreement.Signed is { } signed ? ReportText.Date(signed) : null)
            .Set("in_force", agreement.InForce is { } inForce ? ReportText.Date(inForce) : null)
            .Set("term", agreement.Term)
            .Set("term_end", agreement.TermEnd is { } termEnd ? ReportText.Date(termEnd) : null)
            .Set("signatories", string.Join("; ", agreement.Signatories.Select(SignatoryText)))
            .Set("provisions", string.Join("; ", agreement.Provisions))
            .Values;

    /// <summary>
    /// A milestone's cells: its title as <c>deliverable</c>, its day where a commitment's deadline goes, the label it counts from,
    /// its state on the "as of" day, and the records that it happened or not as <c>events</c>.
    /// </summary>
    internal static string?[] MilestoneCells(string compilation, string? id, ReportMilestone milestone, LocalDate? asOf, string file, IEnumerable<string> records) =>
        new Cells(compilation, id, asOf, file, milestone.Line)
            .Set("row", "milestone")
            .Set("deliverable", milestone.Title)
            .Set("deadline", milestone.Day is { } day ? ReportText.Date(day) : null)
            .Days("deadline", milestone.Day)
            .Set("state", milestone.State)
            .Set("events", string.Join("; ", records))
            .Set("track", milestone.Track)
            .Set("source", milestone.Source)
            .Set("counts_from", milestone.After)
            .Values;

    /// <summary>An offer's or proposal's cells: who made it to whom, its reply state on the "as of" day, and the replies as <c>events</c>.</summary>
    internal static string?[] ProposalCells(string compilation, string? id, ReportProposal proposal, LocalDate? asOf, string file, IEnumerable<string> replies) =>
        new Cells(compilation, id, asOf, file, proposal.Statement.Line)
            .Set("row", Verbs.Of(proposal.Statement.Kind).Name)
            .Set("debtors", string.Join("; ", proposal.By))
            .Set("creditors", string.Join("; ", proposal.To))
            .Set("deliverable", proposal.Text)
            .Set("condition", proposal.Statement.Condition)
            .Set("made", proposal.Statement.Date is { } made ? ReportText.Date(made) : null)
            .Set("state", proposal.StateText)
            .Set("events", string.Join("; ", replies))
            .Set("track", proposal.Track)
            .Set("meeting_place", proposal.Statement.Place)
            .Set("quote", proposal.Statement.Quote)
            .Set("source", proposal.Statement.Source)
            .Set("quantities", ReportText.Quantities(proposal.Quantities))
            .Values;

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken", "accepted 2022-02-01 by Russian Federation"; "happened 2022-11-19" for a milestone's record, which has no actor.</summary>
    internal static string EventText(ReportEvent e) =>
        ReportText.EventVerb(e.Kind) + " " + (e.Date is { } date ? ReportText.Date(date) : "on an unknown day") + (e.Actors.IsEmpty ? "" : " by " + ReportText.List(e.Actors))
        + (e.ReportedBy.IsEmpty ? "" : " (reported by " + ReportText.List(e.ReportedBy) + ")");

    /// <summary>"signing: Barack Obama for United States of America 2010-04-08".</summary>
    private static string SignatoryText(ReportSignatory signatory) =>
        signatory.Role + ": " + signatory.Actor + (signatory.For.IsEmpty ? "" : " for " + ReportText.List(signatory.For))
        + (signatory.Date is { } date ? " " + ReportText.Date(date) : "");

    internal static void Row(StringBuilder output, IEnumerable<string?> cells) => output.Append(string.Join(",", cells.Select(CsvText.Cell))).Append("\r\n");

    /// <summary>One row of the tracker, filled by column name, so that each kind of row sets only the columns it has.</summary>
    private sealed class Cells
    {
        public Cells(string compilation, string? id, LocalDate? asOf, string file, int line)
        {
            Set("compilation", compilation).Set("id", id).Set("as_of", asOf is { } day ? ReportText.Date(day) : "").Set("file", file)
                .Set("line", line.ToString(CultureInfo.InvariantCulture));
        }

        public string?[] Values { get; } = new string?[Columns.Length];

        public Cells Set(string column, string? value)
        {
            var index = Array.IndexOf(Columns, column);
            if (index < 0) throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the tracker.");
            Values[index] = value;
            return this;
        }

        /// <summary>The first and last day of <paramref name="days"/> and its precision, in <c>{column}_start</c>, <c>_end</c> and <c>_precision</c>.</summary>
        public Cells Days(string column, DateInterval? days) =>
            Set(column + "_start", days is { } start ? ReportText.Date(start.Start) : null)
                .Set(column + "_end", days is { } end ? ReportText.Date(end.End) : null)
                .Set(column + "_precision", days is { } precision ? ReportText.PrecisionName(precision.Precision) : null);
    }
}
