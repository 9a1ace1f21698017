using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Reports.Archives;

/// <summary>An archive's index: its tracks (folders) with links to their reports, the commitments in a line, and who is who with a page each.</summary>
internal static class ArchiveIndexLayout
{
    private static readonly string[] TrackHeaders = { "Track", "Records", "Dates", "Meetings", "Statements", "Commitments", "Uses" };
    private static readonly string[] ActorHeaders = { "Name in the records", "Full name", "What", "Declared in", "Entries" };

    public static string Write(ArchivePage page, ReportDocument document)
    {
        var archive = page.Archive;
        ArchiveLayout.Head(page, document, "Archive report: " + archive.Name);
        document.Paragraph(new RunList()
            .Plain($"{ReportLayout.Number(archive.Folders.Length)} track(s), one per folder, with {ReportLayout.Number(archive.Folders.Sum(folder => folder.Records.Length))} record(s), ")
            .Plain($"{ReportLayout.Number(archive.Commitments.Length)} commitment(s) and {ReportLayout.Number(archive.Actors.Length)} actor(s) (parties and persons). ")
            .Plain("Each track links to its own report. A dash (—) marks what the records do not say."));
        document.Contents(new List<ContentsEntry>
        {
            new(2, "tracks", "Tracks"),
            new(2, "commitments", "Commitments"),
            new(2, ReportLayout.WhoIsWhoId, "Who is who"),
        });

        document.Heading(2, "tracks", new RunList().Plain("Tracks"));
        Tracks(page, document);
        document.Heading(2, "commitments", new RunList().Plain("Commitments"));
        var commitments = new RunList().Page("The commitment tracker", PageLink.Between(page.Path, ArchiveReportModel.CommitmentsPage))
            .Plain(" follows every commitment of the archive, with where it was made and where it was settled.");
        if (!archive.Commitments.IsEmpty) commitments.Plain(" On ").Strong(ReportLayout.AsOfDay(archive.AsOf)).Plain(": " + ArchiveLayout.StateCounts(archive.Commitments) + ".");
        document.Paragraph(commitments);
        document.Heading(2, ReportLayout.WhoIsWhoId, new RunList().Plain("Who is who"));
        Actors(page, document);

        return document.Finish(ArchiveLayout.Footer(page));
    }

    private static void Tracks(ArchivePage page, ReportDocument document)
    {
        document.Paragraph(new RunList().Plain("In the order of their first date (undated last); the dates run from the first day anything in the folder is dated to the last."));
        document.Table(TrackHeaders, page.Archive.Folders.Select(folder => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            new RunList().Page(folder.Path, PageLink.Between(page.Path, folder.Report)),
            Records(folder),
            ReportLayout.DateCell(folder.Dates),
            new RunList().Plain(ReportLayout.Number(folder.Meetings)),
            new RunList().Plain(ReportLayout.Number(folder.Statements)),
            new RunList().Plain(ReportLayout.Number(folder.Commitments)),
            new RunList().Plain(folder.Uses.IsEmpty ? ReportLayout.None : string.Join(", ", folder.Uses)),
        }).ToList());
    }

    /// <summary>Each record's title (its file's name when it has none).</summary>
    private static RunList Records(ArchiveFolder folder)
    {
        var runs = new RunList();
        foreach (var record in folder.Records)
        {
            if (runs.Count > 0) runs.Plain("; ");
            if (record.Title is { } title) runs.Quoted(title);
            else runs.Plain(record.FileName);
        }

        return runs;
    }

    private static void Actors(ArchivePage page, ReportDocument document)
    {
        if (page.Archive.Actors.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The archive declares no party or person."));
            return;
        }

        document.Paragraph(new RunList().Plain("Each party and person has a page with every meeting, statement and commitment of theirs across the archive."));
        document.Table(ActorHeaders, page.Archive.Actors.Select(actor => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            ArchiveLayout.ActorLink(new RunList(), page, actor),
            new RunList().Actor(actor.Actor.DisplayName),
            new RunList().Plain(ReportLayout.What(actor.Actor)),
            ArchiveLayout.Folder(new RunList(), page, actor.Declared),
            new RunList().Plain(ReportLayout.Number(actor.Entries.Length)),
        }).ToList());
    }
}
