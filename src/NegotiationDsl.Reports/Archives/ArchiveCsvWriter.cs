using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// The pages of an archive's report as CSV tables (the rules of <see cref="CsvReportWriter"/>): the tracks, one row per
/// folder; the commitment tracker, with the columns of a folder's tracker (the folder as <c>compilation</c>, ids and files
/// relative to the archive's root, and where each settling statement stands), then its agreements, milestones and labelled
/// offers and proposals as a folder's tracker has them; an actor's entries, one row each.
/// </summary>
internal static class ArchiveCsvWriter
{
    private static readonly string[] TrackColumns = { "folder", "report", "records", "titles", "first_date", "last_date", "meetings", "statements", "commitments", "uses" };
    private static readonly string[] ActorColumns = { "actor", "date", "kind", "label", "text", "place", "state", "quote", "folder", "report", "file", "line" };

    public static string Write(ArchivePage page)
    {
        var output = new StringBuilder().Append(CsvText.ByteOrderMark);
        switch (page.Kind)
        {
            case ReportKind.ArchiveIndex:
                Tracks(output, page.Archive);
                break;
            case ReportKind.ArchiveCommitments:
                Commitments(output, page.Archive);
                break;
            case ReportKind.ArchiveActor:
                Actor(output, page.Actor!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(page), page.Kind, "Not a page of an archive.");
        }

        return output.ToString();
    }

    private static void Tracks(StringBuilder output, ArchiveReportModel archive)
    {
        CsvReportWriter.Row(output, TrackColumns);
        foreach (var folder in archive.Folders)
        {
            CsvReportWriter.Row(output, new[]
            {
                folder.Path,
                folder.Report,
                string.Join("; ", folder.Records.Select(record => record.FileName)),
                string.Join("; ", folder.Records.Select(record => record.Title ?? "")),
                folder.Dates is { } first ? ReportText.Date(first.Start) : null,
                folder.Dates is { } last ? ReportText.Date(last.End) : null,
                Number(folder.Meetings),
                Number(folder.Statements),
                Number(folder.Commitments),
                string.Join("; ", folder.Uses),
            });
        }
    }

    private static void Commitments(StringBuilder output, ArchiveReportModel archive)
    {
        CsvReportWriter.Row(output, CsvReportWriter.Columns);
        foreach (var row in archive.Commitments)
        {
            CsvReportWriter.Row(output, CsvReportWriter.CommitmentCells(row.Made.Folder, row.Id, row.Commitment, archive.AsOf, row.Made.File,
                Located(row.Events)));
        }

        foreach (var row in archive.Agreements)
            CsvReportWriter.Row(output, CsvReportWriter.AgreementCells(row.Declared.Folder, row.Id, row.Agreement, archive.AsOf, row.Declared.File));
        foreach (var row in archive.Milestones)
            CsvReportWriter.Row(output, CsvReportWriter.MilestoneCells(row.Declared.Folder, row.Id, row.Milestone, archive.AsOf, row.Declared.File, Located(row.Records)));
        foreach (var row in archive.Proposals)
            CsvReportWriter.Row(output, CsvReportWriter.ProposalCells(row.Made.Folder, row.Id, row.Proposal, archive.AsOf, row.Made.File, Located(row.Replies)));
    }

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken in geneva-2022-followup/followup.neg line 4".</summary>
    private static IEnumerable<string> Located(ImmutableArray<ArchiveEvent> events) =>
        events.Select(settled => CsvReportWriter.EventText(settled.Event) + " in " + ArchiveLayout.Line(settled.Source));

    private static void Actor(StringBuilder output, ArchiveActor actor)
    {
        CsvReportWriter.Row(output, ActorColumns);
        foreach (var entry in actor.Entries)
        {
            var (kind, label, text, place, state, quote) = entry switch
            {
                ActorGathering gathering => (gathering.IsTalks ? "talks" : "meeting", gathering.Label, Plain(ActorPageLayout.GatheringText(gathering).ToImmutable()),
                    gathering.IsTalks ? null : gathering.Name, null, null),
                ActorStatement statement => (Language.Verbs.Of(statement.Statement.Kind).Name, statement.Statement.Label, Plain(statement.Statement.Sentence),
                    statement.Statement.Place, statement.State is { } known ? ReportText.State(known) : null, statement.Statement.Quote),
                _ => throw new ArgumentOutOfRangeException(nameof(actor)),
            };
            CsvReportWriter.Row(output, new[]
            {
                actor.Actor.Name,
                entry.Date is { } date ? ReportText.Date(date) : null,
                kind,
                label,
                text,
                place,
                state,
                quote,
                entry.Source.Folder,
                entry.Source.Report,
                entry.Source.File,
                Number(entry.Source.Line),
            });
        }
    }

    /// <summary>A sentence as text: record text in quotation marks, as the other formats show it.</summary>
    private static string Plain(IEnumerable<TextRun> runs) =>
        string.Concat(runs.Select(run => run.Kind == TextRunKind.Quoted ? "“" + run.Text + "”" : run.Text));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
