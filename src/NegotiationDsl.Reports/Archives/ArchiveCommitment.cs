using System.Collections.Immutable;

namespace NegotiationDsl.Reports.Archives;

/// <summary>A later statement that settled a commitment, and where it stands: another folder's, often.</summary>
public sealed record ArchiveEvent(ReportEvent Event, ArchiveSource Source);

/// <summary>
/// A row of an archive's commitment tracker: its <see cref="Id"/>, folder-qualified as in the JSON output
/// (<c>geneva-2022/written_response</c>; an unlabelled one by its stable name, <c>minsk-2015/minsk-commitment-3</c>), the commitment as its folder's tracker shows it (its
/// state on the archive's "as of" day), where it was made, and each statement that settled it with where that stands.
/// </summary>
public sealed record ArchiveCommitment(string Id, ReportCommitment Commitment, ArchiveSource Made, ImmutableArray<ArchiveEvent> Events);

/// <summary>An agreement (a document) of one of the archive's folders, its id folder-qualified as <see cref="ArchiveCommitment.Id"/>, and where it is declared.</summary>
public sealed record ArchiveAgreement(string Id, ReportAgreement Agreement, ArchiveSource Declared);

/// <summary>
/// A milestone of one of the archive's folders with its state on the archive's "as of" day, where it is declared, and each
/// record that it happened or not with where that stands (another folder's, often).
/// </summary>
public sealed record ArchiveMilestone(string Id, ReportMilestone Milestone, ArchiveSource Declared, ImmutableArray<ArchiveEvent> Records);

/// <summary>
/// A labelled offer or proposal of one of the archive's folders with its reply state on the archive's "as of" day, where it
/// was made, and each reply with where that stands (another folder's, often).
/// </summary>
public sealed record ArchiveProposal(string Id, ReportProposal Proposal, ArchiveSource Made, ImmutableArray<ArchiveEvent> Replies);
