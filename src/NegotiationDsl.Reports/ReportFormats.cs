using System;
using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>A report format: its name on the command line (<c>--format md</c>), its file extension and its writer.</summary>
public sealed record ReportFormatInfo(string Name, string Extension, Func<ReportModel, string> Write);

/// <summary>
/// The one table of report formats: <c>negc report</c> and <c>negc build</c> write one file per row, in
/// this order; the tests require a golden file, a docs/reports.md entry and a <c>--format</c> value for each.
/// </summary>
public static class ReportFormats
{
    public static ImmutableArray<ReportFormatInfo> All { get; } =
    [
        new("md", MarkdownReportWriter.Extension, MarkdownReportWriter.Write),
        new("html", HtmlReportWriter.Extension, HtmlReportWriter.Write),
        new("csv", CsvReportWriter.Extension, CsvReportWriter.Write),
    ];
}
