using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// didOpen, didChange, didClose: synchronous on purpose. Each applies the edit to the workspace at once
/// (so the next request sees it) and queues the folder for diagnostics; nothing here awaits, so two
/// notifications can never interleave.
/// </summary>
internal sealed class TextDocumentSyncHandler(Workspace workspace, DiagnosticsPublisher publisher) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request) =>
        publisher.Enqueue(workspace.Open(request.TextDocument.Uri, request.TextDocument.Text, request.TextDocument.Version));

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (workspace.Change(request.TextDocument.Uri, request.TextDocument.Version, request.ContentChanges) is { } folder) publisher.Enqueue(folder);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (workspace.Close(request.TextDocument.Uri) is { } folder) publisher.Enqueue(folder);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        // The open buffer is already what was saved: nothing changes.
        _ = (workspace, request);
    }
}
