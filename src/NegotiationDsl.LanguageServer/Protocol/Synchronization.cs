namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One edit: <see cref="Range"/> is absent when <see cref="Text"/> is the whole new document.</summary>
internal sealed record TextDocumentContentChangeEvent(string Text, LspRange? Range = null);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);
