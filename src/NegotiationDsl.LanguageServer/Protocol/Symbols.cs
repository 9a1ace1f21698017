namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, DocumentSymbol[]? Children);

internal sealed record WorkspaceSymbolParams(string Query);

internal sealed record SymbolInformation(string Name, int Kind, LspLocation Location, string? ContainerName);

/// <summary>The LSP symbol kinds the server uses.</summary>
internal static class LspSymbolKind
{
    public const int Module = 2;
    public const int Package = 4;
    public const int Class = 5;
    public const int Function = 12;
    public const int Constant = 14;
    public const int Object = 19;
    public const int Struct = 23;
    public const int Event = 24;
}

internal sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

internal sealed record FoldingRange(int StartLine, int EndLine, string? Kind);
