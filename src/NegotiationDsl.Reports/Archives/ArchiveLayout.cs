using System;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// What each page of an archive's report says, in order, for every document format (<see cref="ReportDocument"/>):
/// the index (<see cref="ArchiveIndexLayout"/>), the commitment tracker (<see cref="ArchiveCommitmentsLayout"/>) and
/// an actor's page (<see cref="ActorPageLayout"/>). Links go to the folders' reports and between the pages, relative
/// to the page they are on.
/// </summary>
internal static class ArchiveLayout
{
    public static string Write(ArchivePage page, ReportDocument document) => page.Kind switch
    {
        ReportKind.ArchiveIndex => ArchiveIndexLayout.Write(page, document),
        ReportKind.ArchiveCommitments => ArchiveCommitmentsLayout.Write(page, document),
        ReportKind.ArchiveActor => ActorPageLayout.Write(page, document),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page.Kind, "Not a page of an archive."),
    };

    /// <summary>The title, the "as of" day and the way to the archive's other pages.</summary>
    public static void Head(ArchivePage page, ReportDocument document, string title)
    {
        document.Title(title);
        document.Paragraph(ReportLayout.AsOf(page.Archive.AsOfRule, page.Archive.AsOf));
        if (page.Kind == ReportKind.ArchiveIndex) return;
        var way = new RunList().Plain("Part of the report of the archive “" + page.Archive.Name + "”: ")
            .Page("its tracks", PageLink.Between(page.Path, ArchiveReportModel.IndexPage));
        if (page.Kind != ReportKind.ArchiveCommitments)
            way.Plain(" and ").Page("its commitment tracker", PageLink.Between(page.Path, ArchiveReportModel.CommitmentsPage));
        document.Paragraph(way.Plain(". Each fact links to the report of the folder it is recorded in."));
    }

    /// <summary>The footer: what the page was made from, and on what day.</summary>
    public static ImmutableArray<TextRun> Footer(ArchivePage page) => new RunList()
        .Plain($"Made by negc from the {ReportLayout.Number(page.Archive.Folders.Length)} folder(s) of the archive “{page.Archive.Name}”, as of ")
        .Plain(ReportLayout.AsOfDay(page.Archive.AsOf)).Plain(".");

    /// <summary>The folder <paramref name="source"/> is in, linked to its report (at the track it is under).</summary>
    public static RunList Folder(RunList runs, ArchivePage page, ArchiveSource source) =>
        runs.Page(source.Folder, PageLink.Between(page.Path, source.Report, source.Anchor));

    /// <summary>"geneva-2022 · geneva-2022/geneva.neg line 4", the folder linked to its report.</summary>
    public static RunList Where(RunList runs, ArchivePage page, ArchiveSource source) =>
        Folder(runs, page, source).Plain(" · " + Line(source));

    /// <summary>"geneva-2022/geneva.neg line 4".</summary>
    public static string Line(ArchiveSource source) => $"{source.File} line {ReportLayout.Number(source.Line)}";

    /// <summary>An actor, linked to its page when the archive declares it.</summary>
    public static RunList ActorLink(RunList runs, ArchivePage page, ArchiveActor actor) =>
        runs.Page(actor.Actor.Name, PageLink.Between(page.Path, actor.Page));

    /// <summary>"2 open, 1 fulfilled": how many commitments are in each state, in the order of the states.</summary>
    public static string StateCounts(ImmutableArray<ArchiveCommitment> commitments) =>
        string.Join(", ", commitments.GroupBy(commitment => commitment.Commitment.State).OrderBy(group => group.Key)
            .Select(group => ReportLayout.Number(group.Count()) + " " + ReportText.State(group.Key)));
}
