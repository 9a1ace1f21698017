namespace NegotiationDsl.Reports.Archives;

/// <summary>One page of an archive's report: its kind, where it goes (<see cref="ReportKindInfo.PathOf"/>), the archive, and for an actor's page the actor.</summary>
public sealed record ArchivePage(ReportKind Kind, string Path, ArchiveReportModel Archive, ArchiveActor? Actor = null);
