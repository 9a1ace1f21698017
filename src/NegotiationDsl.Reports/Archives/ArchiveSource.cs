namespace NegotiationDsl.Reports.Archives;

/// <summary>
/// Where a fact of an archive stands: its folder (relative to the archive's root, <c>geneva-2022</c>; <c>.</c> for the
/// root itself), the page of that folder's report and the anchor of its track there, and its file (relative to the
/// root, <c>geneva-2022/geneva.neg</c>) and line.
/// </summary>
public sealed record ArchiveSource(string Folder, string Report, string? Anchor, string File, int Line);
