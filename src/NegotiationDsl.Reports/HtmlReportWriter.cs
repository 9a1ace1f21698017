namespace NegotiationDsl.Reports;

/// <summary>
/// The report as one self-contained HTML file: inline CSS with print styles, an inline SVG timeline, no
/// script and no external request; readable on screen and on paper. Same model, same bytes.
/// </summary>
public static class HtmlReportWriter
{
    public const string Extension = ".html";

    public static string Write(ReportModel model) => ReportLayout.Write(model, new HtmlDocument());

    /// <summary>A page of an archive's report: its index, its commitment tracker, or an actor's page.</summary>
    public static string WritePage(Archives.ArchivePage page) => Archives.ArchiveLayout.Write(page, new HtmlDocument());
}
