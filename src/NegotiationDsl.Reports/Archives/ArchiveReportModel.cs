using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// What the pages of an archive's report say, on one "as of" day for the whole archive: its tracks (folders), every
/// commitment with where it was made and settled, and each party and person with everything recorded of it. Built
/// from the archive's symbols; the same archive, names and day always give the same model.
/// </summary>
public sealed class ArchiveReportModel
{
    internal ArchiveReportModel(
        string name,
        LocalDate? asOf,
        AsOfRule asOfRule,
        ImmutableArray<ArchiveFolder> folders,
        ImmutableArray<ArchiveCommitment> commitments,
        ImmutableArray<ArchiveActor> actors,
        ImmutableArray<ArchiveAgreement> agreements,
        ImmutableArray<ArchiveMilestone> milestones,
        ImmutableArray<ArchiveProposal> proposals)
    {
        Agreements = agreements;
        Milestones = milestones;
        Proposals = proposals;
        Name = name;
        AsOf = asOf;
        AsOfRule = asOfRule;
        Folders = folders;
        Commitments = commitments;
        Actors = actors;
        Pages =
        [
            new ArchivePage(ReportKind.ArchiveIndex, IndexPage, this),
            new ArchivePage(ReportKind.ArchiveCommitments, CommitmentsPage, this),
            .. actors.Select(actor => new ArchivePage(ReportKind.ArchiveActor, actor.Page, this, actor)),
        ];
    }

    /// <summary>The archive's name, used in titles.</summary>
    public string Name { get; }

    /// <summary>The day states are evaluated on; null only when it was not given and nothing in the archive is dated.</summary>
    public LocalDate? AsOf { get; }
    public AsOfRule AsOfRule { get; }

    /// <summary>Every folder with records, in the order of its first date (undated last), then of its path.</summary>
    public ImmutableArray<ArchiveFolder> Folders { get; }

    /// <summary>Every commitment, by the last day of its deadline (none last), then in folder and record order.</summary>
    public ImmutableArray<ArchiveCommitment> Commitments { get; }

    /// <summary>Every agreement (a document), in folder and declaration order, with its state and dates on <see cref="AsOf"/>.</summary>
    public ImmutableArray<ArchiveAgreement> Agreements { get; }

    /// <summary>Every milestone, in folder and declaration order, with its state on <see cref="AsOf"/>.</summary>
    public ImmutableArray<ArchiveMilestone> Milestones { get; }

    /// <summary>Every labelled offer and proposal, in folder and declaration order, with its reply state on <see cref="AsOf"/>.</summary>
    public ImmutableArray<ArchiveProposal> Proposals { get; }

    /// <summary>Every party and person, in folder and record order.</summary>
    public ImmutableArray<ArchiveActor> Actors { get; }

    /// <summary>The index, the commitment tracker, then each actor's page.</summary>
    public ImmutableArray<ArchivePage> Pages { get; }

    public static string IndexPage => ReportFormats.Kind(ReportKind.ArchiveIndex).Path;

    public static string CommitmentsPage => ReportFormats.Kind(ReportKind.ArchiveCommitments).Path;

    /// <param name="archive">The records.</param>
    /// <param name="name">The archive's name, used in titles.</param>
    /// <param name="reportOf">The name of each folder's report in the run (its name table), which the pages link to.</param>
    /// <param name="pageNames">
    /// Names for the actors' pages from the names wanted (the actors' own), in order: the run's name table, so no two
    /// are the same file where a file system ignores case, and none leaves its folder.
    /// </param>
    /// <param name="asOf">The day to evaluate states on; null for the latest date in the archive.</param>
    public static ArchiveReportModel Build(
        Archive archive,
        string name,
        Func<Compilation, string> reportOf,
        Func<IReadOnlyList<string>, IReadOnlyList<string>> pageNames,
        LocalDate? asOf = null) =>
        new ArchiveReportBuilder(archive, reportOf, asOf).Build(name, pageNames);
}
