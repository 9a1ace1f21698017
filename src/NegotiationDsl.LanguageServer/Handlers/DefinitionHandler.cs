using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Go to definition: from a name to the declaration of the party, person or label, in any file of the folder or of a folder it uses.</summary>
internal sealed class DefinitionHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.DefinitionProvider = true;

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public LspLocation[] Definition(TextDocumentPositionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null || SymbolReferences.SymbolAt(snapshot, snapshot.OffsetOf(request.Position)) is not { } found) return [];
        return [snapshot.LocationOf(found.Symbol)];
    }
}
