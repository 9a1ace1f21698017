namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, LspRange? Range);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, LspPosition Position, ReferenceContext? Context = null);

internal sealed record DocumentHighlight(LspRange Range, int Kind);

internal static class DocumentHighlightKind
{
    public const int Read = 2;
    public const int Write = 3;
}

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, LspPosition Position, string NewName);

internal sealed record PrepareRenameResult(LspRange Range, string Placeholder);
