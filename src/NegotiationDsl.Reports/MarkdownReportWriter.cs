namespace NegotiationDsl.Reports;

/// <summary>
/// The report as Markdown: renders on GitHub and in VS Code, with the timeline as a Mermaid Gantt chart.
/// The same model always gives the same text (LF line ends, no timestamp).
/// </summary>
public static class MarkdownReportWriter
{
    public const string Extension = ".md";

    public static string Write(ReportModel model) => ReportLayout.Write(model, new MarkdownDocument());

    /// <summary>A page of an archive's report: its index, its commitment tracker, or an actor's page.</summary>
    public static string WritePage(Archives.ArchivePage page) => Archives.ArchiveLayout.Write(page, new MarkdownDocument());
}
