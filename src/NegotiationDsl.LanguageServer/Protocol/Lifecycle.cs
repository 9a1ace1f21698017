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

/// <summary>
/// What <c>initialize</c> advertises. Each feature sets its own members (<see cref="Handlers.ILanguageFeature.Advertise"/>);
/// members left null are not sent.
/// </summary>
internal sealed class ServerCapabilities
{
    public TextDocumentSyncOptions? TextDocumentSync { get; set; }
    public bool? HoverProvider { get; set; }
    public bool? DefinitionProvider { get; set; }
    public bool? ReferencesProvider { get; set; }
    public bool? DocumentHighlightProvider { get; set; }
    public RenameOptions? RenameProvider { get; set; }
    public CompletionOptions? CompletionProvider { get; set; }
    public bool? DocumentSymbolProvider { get; set; }
    public bool? WorkspaceSymbolProvider { get; set; }
    public bool? FoldingRangeProvider { get; set; }
    public SemanticTokensOptions? SemanticTokensProvider { get; set; }
    public bool? DocumentFormattingProvider { get; set; }
    public bool? InlayHintProvider { get; set; }
    public CodeActionOptions? CodeActionProvider { get; set; }

    /// <summary>The server answers <c>negotiationdsl/commitments</c>, a request of its own (docs/language-server.md).</summary>
    public bool? NegotiationCommitmentsProvider { get; set; }

    /// <summary>The server sends <c>negotiationdsl/commitmentsChanged</c> once a client asked for commitments (docs/language-server.md).</summary>
    public bool? NegotiationCommitmentsChangedNotification { get; set; }

    /// <summary>The server answers <c>negotiationdsl/report</c>, a request of its own (docs/language-server.md).</summary>
    public bool? NegotiationReportProvider { get; set; }
}

internal static class TextDocumentSyncKind
{
    public const int Incremental = 2;
}
