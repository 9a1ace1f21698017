using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Reports;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// <c>negotiationdsl/report</c>: the HTML report of a document's folder, made as <c>negc report</c> makes it (its
/// name, <see cref="ReportModel"/>, <see cref="HtmlReportWriter"/>) from the text the editor holds, saved or not. With
/// errors in the records there is no page, as negc writes none; the editor's report preview shows it.
/// </summary>
internal sealed class ReportHandler(Workspace workspace) : ILanguageFeature
{
    private const int RequestFailed = -32803;

    public void Advertise(ServerCapabilities capabilities) => capabilities.NegotiationReportProvider = true;

    [JsonRpcMethod("negotiationdsl/report", UseSingleObjectParameterDeserialization = true)]
    public ReportResult Report(ReportParams request)
    {
        var asOf = RequestedDay.Parse(request.AsOf);
        var folderKey = DocumentUris.FolderOf(DocumentUris.ToKey(request.TextDocument.Uri));
        var folder = workspace.GetFolder(folderKey);
        if (folder.Loading) throw new LocalRpcException("The folder's records are still being read; ask again when its diagnostics are published.") { ErrorCode = RequestFailed };
        if (folder.Compilation is not { } compilation) throw new LocalRpcException("The server holds no records of this document's folder.") { ErrorCode = RequestFailed };

        var name = CompilationNames.Single(CompilationNames.For(compilation.Records.Select(record => record.FilePath).ToList())).Name;
        var errors = folder.ToolErrors.Count + compilation.GetDiagnostics().Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var html = errors == 0 ? HtmlReportWriter.Write(ReportModel.Build(compilation, name, asOf)) : null;
        return new ReportResult(Text.PrintableText.Escape(name), CommitmentsHandler.FolderUri(folderKey), errors, html);
    }
}
