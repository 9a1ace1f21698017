using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// An archive's commitment tracker: every commitment of every folder, its state on the archive's "as of" day, and
/// where each fact comes from: the file and line it was made in, and those of each statement that settled it, with
/// their folders (a follow-up record is often another folder's). Then every agreement, every milestone with its records,
/// and every labelled offer and proposal with its replies, the same way.
/// </summary>
internal static class ArchiveCommitmentsLayout
{
    private static readonly string[] Headers = { "Commitment", "Who", "To whom", "What", "Made", "Deadline", "State", "Made in", "What happened" };
    private static readonly string[] ProposalHeaders = { "Offer or proposal", "Who", "To whom", "What", "Made", "Reply", "Made in", "Replies" };

    public static string Write(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        ArchiveLayout.Head(page, document, "Commitment tracker: " + archive.Name);
        var contents = new List<ContentsEntry> { new(2, "commitments", "Commitments") };
        if (!archive.Agreements.IsEmpty) contents.Add(new ContentsEntry(2, "agreements", "Agreements"));
        if (!archive.Milestones.IsEmpty) contents.Add(new ContentsEntry(2, "milestones", "Milestones"));
        if (!archive.Proposals.IsEmpty) contents.Add(new ContentsEntry(2, "replies", "Replies to offers and proposals"));
        document.Contents(contents);
        document.Heading(2, "commitments", new RunList().Plain("Commitments"));
        if (archive.Commitments.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The archive holds no commitment."));
        }
        else
        {
            document.Paragraph(new RunList().Plain("Each commitment with its resolved deadline and its state on ").Strong(ReportLayout.AsOfDay(archive.AsOf))
                .Plain(" (" + ArchiveLayout.StateCounts(archive.Commitments) + "): open (before the deadline period), due (within it), overdue (after it), fulfilled, fulfilled late, broken, withdrawn, or unknown. ")
                .Plain("Where it was made and where it was settled are given by folder, file and line; the folder links to its report."));
            document.Table(Headers, archive.Commitments.Select(commitment => (IReadOnlyList<ImmutableArray<TextRun>>)Row(page, commitment)).ToList());
        }

        Agreements(page, document);
        Milestones(page, document);
        Proposals(page, document);
        return document.Finish(ArchiveLayout.Footer(page));
    }

    /// <summary>Every folder's agreements (documents) with their state and dates on the archive's "as of" day, and where each is declared.</summary>
    private static void Agreements(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        if (archive.Agreements.IsEmpty) return;
        document.Heading(2, "agreements", new RunList().Plain("Agreements"));
        document.Paragraph(new RunList().Plain("Each agreement (a document) with its state and dates on ").Strong(ReportLayout.AsOfDay(archive.AsOf))
            .Plain(ReportLayout.AgreementStatesNote));
        document.Table([.. ReportLayout.AgreementHeaders, "Declared in"], archive.Agreements.Select(row => (IReadOnlyList<ImmutableArray<TextRun>>)
            [.. ReportLayout.AgreementCells(row.Agreement), ArchiveLayout.Where(new RunList(), page, row.Declared)]).ToList());
    }

    /// <summary>Every folder's milestones with their state on the archive's "as of" day, where each is declared, and where each record of it stands.</summary>
    private static void Milestones(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        if (archive.Milestones.IsEmpty) return;
        document.Heading(2, "milestones", new RunList().Plain("Milestones"));
        document.Paragraph(new RunList().Plain("Each milestone (a day that is nobody’s obligation) with its state on ").Strong(ReportLayout.AsOfDay(archive.AsOf))
            .Plain(ReportLayout.MilestoneStatesNote));
        document.Table([.. ReportLayout.MilestoneHeaders, "Declared in", "Records"], archive.Milestones.Select(row => (IReadOnlyList<ImmutableArray<TextRun>>)
            [.. ReportLayout.MilestoneCells(row.Milestone), ArchiveLayout.Where(new RunList(), page, row.Declared), Events(page, row.Records)]).ToList());
    }

    /// <summary>Every folder's labelled offers and proposals with their reply state on the archive's "as of" day, and where each reply stands.</summary>
    private static void Proposals(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        if (archive.Proposals.IsEmpty) return;
        document.Heading(2, "replies", new RunList().Plain("Replies to offers and proposals"));
        document.Paragraph(new RunList().Plain("Each labelled offer and proposal with its reply on ").Strong(ReportLayout.AsOfDay(archive.AsOf))
            .Plain(": accepted or rejected (the latest decision by then), answered without a decision, no answer yet, or not made yet."));
        document.Table(ProposalHeaders, archive.Proposals.Select(row => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            new RunList().Label(row.Proposal.Statement.Label ?? row.Id),
            new RunList().Actors(row.Proposal.By),
            new RunList().Actors(row.Proposal.To),
            new RunList().Quoted(row.Proposal.Text ?? "").AddRange(StatementSentence.Quantities(row.Proposal.Quantities)),
            ReportLayout.DateCell(row.Proposal.Statement.Date),
            new RunList().State(row.Proposal.StateText),
            ArchiveLayout.Where(new RunList(), page, row.Made),
            Events(page, row.Replies),
        }).ToList());
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
            Events(page, row.Events),
        };
    }

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken, in geneva-2022-followup · geneva-2022-followup/followup.neg line 4".</summary>
    private static RunList Events(ArchivePage page, ImmutableArray<ArchiveEvent> events)
    {
        var runs = new RunList();
        if (events.IsEmpty) return runs.Plain(ReportLayout.None);
        foreach (var settled in events)
        {
            if (runs.Count > 0) runs.Plain("; ");
            ReportLayout.Event(runs, settled.Event).Plain(", in ");
            ArchiveLayout.Where(runs, page, settled.Source);
        }

        return runs;
    }
}
