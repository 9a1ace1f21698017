using System.Collections.Generic;

namespace NegotiationDsl.LanguageServer.Protocol;

// The LSP 3.17 structures the server uses, as plain records. Property names become camelCase on the
// wire and null properties are left out (see LanguageServerConnection). In what the server reads, a
// member the protocol makes optional has a default: every other one must be there, and not null
// unless its type allows it.

/// <summary>A zero-based line and UTF-16 character offset.</summary>
internal sealed record LspPosition(int Line, int Character);

internal sealed record LspRange(LspPosition Start, LspPosition End);

internal sealed record LspLocation(string Uri, LspRange Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);

internal sealed record TextEdit(LspRange Range, string NewText);

internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
