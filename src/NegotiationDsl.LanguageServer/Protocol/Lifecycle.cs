using System.Text.Json;

namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record InitializeParams(int? ProcessId = null, string? RootUri = null, string? RootPath = null, WorkspaceFolder[]? WorkspaceFolders = null, JsonElement? InitializationOptions = null);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record RenameOptions(bool PrepareProvider);

internal sealed record CompletionOptions(bool ResolveProvider);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    RenameOptions RenameProvider,
    CompletionOptions CompletionProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    bool FoldingRangeProvider,
    SemanticTokensOptions SemanticTokensProvider,
    bool DocumentFormattingProvider,
    bool InlayHintProvider,
    CodeActionOptions CodeActionProvider);

internal static class TextDocumentSyncKind
{
    public const int Incremental = 2;
}
