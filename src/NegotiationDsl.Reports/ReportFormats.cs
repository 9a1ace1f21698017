using System;
using System.Collections.Immutable;
using NegotiationDsl.Reports.Archives;

namespace NegotiationDsl.Reports;

/// <summary>
/// A report format: its name on the command line (<c>--format md</c>), its file extension, its writer of a
/// compilation's report and its writer of an archive's pages.
/// </summary>
public sealed record ReportFormatInfo(string Name, string Extension, Func<ReportModel, string> Write, Func<ArchivePage, string> WritePage);

public enum ReportKind
{
    /// <summary>A compilation's report: a folder's, or one file's.</summary>
    Folder,

    /// <summary>An archive's tracks (its folders), with links to their reports and to the other pages of the archive.</summary>
    ArchiveIndex,

    /// <summary>Every commitment of an archive, with where it was made and where it was settled.</summary>
    ArchiveCommitments,

    /// <summary>One party or person of an archive: its meetings, statements and commitments in every folder.</summary>
    ArchiveActor,
}

/// <summary>A kind of report and where its pages go, relative to the reports folder and without extension; <c>&lt;name&gt;</c> is a page's own name.</summary>
public sealed record ReportKindInfo(ReportKind Kind, string Path)
{
    public const string NamePlaceholder = "<name>";

    /// <summary>The path of the page named <paramref name="name"/> (a name from the run's name table, safe as a file name).</summary>
    public string PathOf(string name) => Path.Replace(NamePlaceholder, name, StringComparison.Ordinal);
}

/// <summary>
/// The one table of report formats and the one table of report kinds: <c>negc report</c> and <c>negc build</c> write
/// one file per format for each page, in this order; the tests require a golden file, a docs/reports.md entry and a
/// <c>--format</c> value for each format, and a docs/reports.md entry for each kind.
/// </summary>
public static class ReportFormats
{
    public static ImmutableArray<ReportFormatInfo> All { get; } =
    [
        new("md", MarkdownReportWriter.Extension, MarkdownReportWriter.Write, MarkdownReportWriter.WritePage),
        new("html", HtmlReportWriter.Extension, HtmlReportWriter.Write, HtmlReportWriter.WritePage),
        new("csv", CsvReportWriter.Extension, CsvReportWriter.Write, CsvReportWriter.WritePage),
    ];

    /// <summary>In the order of <see cref="ReportKind"/>.</summary>
    public static ImmutableArray<ReportKindInfo> Kinds { get; } =
    [
        new(ReportKind.Folder, ReportKindInfo.NamePlaceholder),
        new(ReportKind.ArchiveIndex, "archive/index"),
        new(ReportKind.ArchiveCommitments, "archive/commitments"),
        new(ReportKind.ArchiveActor, "archive/actors/" + ReportKindInfo.NamePlaceholder),
    ];

    public static ReportKindInfo Kind(ReportKind kind) => Kinds[(int)kind];
}
