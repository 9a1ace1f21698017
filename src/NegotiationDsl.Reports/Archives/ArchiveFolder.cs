using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// A track of an archive: one of its folders (<see cref="Path"/> relative to the archive's root, <c>geneva-2022</c>;
/// <c>.</c> for the root itself) and the page of its report (<see cref="Report"/>), with the records it is made from,
/// the days from its first date to its last (<see cref="Dates"/>, null when nothing in it is dated), what it holds,
/// and the folders its records use.
/// </summary>
public sealed record ArchiveFolder(
    string Path,
    string Report,
    ImmutableArray<ReportRecord> Records,
    DateInterval? Dates,
    int Meetings,
    int Statements,
    int Commitments,
    ImmutableArray<string> Uses);
