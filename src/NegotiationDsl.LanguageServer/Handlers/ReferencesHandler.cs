using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Find references: every use of the symbol in every file of the folder and, in an archive, of every folder that uses it (and its declaration when asked).</summary>
internal sealed class ReferencesHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.ReferencesProvider = true;

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public LspLocation[] References(ReferenceParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || SymbolReferences.SymbolAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return [];
        return SymbolReferences.Find(snapshot, found.Symbol, request.Context?.IncludeDeclaration ?? true)
            .Select(occurrence => snapshot.LocationOf(occurrence.Tree, occurrence.Span))
            .ToArray();
    }
}
