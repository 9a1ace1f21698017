namespace NegotiationDsl.LanguageServer.Protocol;

internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, LspPosition Position);

/// <param name="TextEdit">What the item replaces, when it is more than the word at the caret (a path in a string).</param>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, string SortText, string? InsertText = null, int? InsertTextFormat = null, TextEdit? TextEdit = null);

internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

internal static class CompletionItemKind
{
    public const int Module = 9;
    public const int Variable = 6;
    public const int Keyword = 14;
    public const int Unit = 11;
    public const int Value = 12;
    public const int Snippet = 15;
    public const int Constant = 21;
    public const int Reference = 18;
    public const int EnumMember = 20;
    public const int Folder = 19;
}

internal static class InsertTextFormat
{
    public const int Snippet = 2;
}
