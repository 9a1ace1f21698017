using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Document highlight: the symbol's declaration (write) and uses (read) in this file.</summary>
internal sealed class DocumentHighlightHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.DocumentHighlightProvider = true;

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public DocumentHighlight[] Highlight(TextDocumentPositionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || SymbolReferences.SymbolAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return [];
        return SymbolReferences.Find(snapshot, found.Symbol, includeDeclaration: true)
            .Where(occurrence => occurrence.Tree == snapshot.Tree)
            .Select(occurrence => new DocumentHighlight(snapshot.RangeOf(occurrence.Span), occurrence.IsDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .ToArray();
    }
}
