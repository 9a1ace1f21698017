using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// An archive's commitment tracker: every commitment of every folder, its state on the archive's "as of" day, and
/// where each fact comes from: the file and line it was made in, and those of each statement that settled it, with
/// their folders (a follow-up record is often another folder's).
/// </summary>
internal static class ArchiveCommitmentsLayout
{
    private static readonly string[] Headers = { "Commitment", "Who", "To whom", "What", "Made", "Deadline", "State", "Made in", "What happened" };

    public static string Write(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        ArchiveLayout.Head(page, document, "Commitment tracker: " + archive.Name);
        document.Contents(new List<ContentsEntry> { new(2, "commitments", "Commitments") });
        document.Heading(2, "commitments", new RunList().Plain("Commitments"));
        if (archive.Commitments.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The archive holds no commitment."));
            return document.Finish(ArchiveLayout.Footer(page));
        }

        document.Paragraph(new RunList().Plain("Each commitment with its resolved deadline and its state on ").Strong(ReportLayout.AsOfDay(archive.AsOf))
            .Plain(" (" + ArchiveLayout.StateCounts(archive.Commitments) + "): open (before the deadline period), due (within it), overdue (after it), fulfilled, fulfilled late, broken, withdrawn, or unknown. ")
            .Plain("Where it was made and where it was settled are given by folder, file and line; the folder links to its report."));
        document.Table(Headers, archive.Commitments.Select(commitment => (IReadOnlyList<ImmutableArray<TextRun>>)Row(page, commitment)).ToList());
        return document.Finish(ArchiveLayout.Footer(page));
    }

    private static ImmutableArray<TextRun>[] Row(ArchivePage page, ArchiveCommitment row)
    {
        var commitment = row.Commitment;
        return new ImmutableArray<TextRun>[]
        {
            commitment.Label is { } label ? new RunList().Label(label) : new RunList().Plain("(unlabelled)"),
            new RunList().Actors(commitment.Debtors),
            new RunList().Actors(commitment.Creditors),
            ReportLayout.Deliverable(commitment),
            ReportLayout.DateCell(commitment.Made),
            ReportLayout.DeadlineCell(commitment),
            new RunList().State(commitment.StateText),
            ArchiveLayout.Where(new RunList(), page, row.Made),
            Events(page, row),
        };
    }

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken, in geneva-2022-followup · geneva-2022-followup/followup.neg line 4".</summary>
    private static RunList Events(ArchivePage page, ArchiveCommitment row)
    {
        var runs = new RunList();
        if (row.Events.IsEmpty) return runs.Plain(ReportLayout.None);
        foreach (var settled in row.Events)
        {
            if (runs.Count > 0) runs.Plain("; ");
            ReportLayout.Event(runs, settled.Event).Plain(", in ");
            ArchiveLayout.Where(runs, page, settled.Source);
        }

        return runs;
    }
}
