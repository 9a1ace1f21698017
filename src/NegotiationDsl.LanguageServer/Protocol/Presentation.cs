namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

internal sealed record SemanticTokens(int[] Data);

internal sealed record FormattingOptions(int TabSize, bool InsertSpaces);

internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options = null);

internal sealed record InlayHintParams(TextDocumentIdentifier TextDocument, LspRange Range);

internal sealed record InlayHint(LspPosition Position, string Label, string? Tooltip, bool PaddingLeft);

internal sealed record CodeActionContext(LspDiagnostic[]? Diagnostics = null);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context = null);

internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[] Diagnostics, WorkspaceEdit Edit, bool? IsPreferred);
