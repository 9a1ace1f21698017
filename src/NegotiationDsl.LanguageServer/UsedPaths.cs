using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>Completion in the path of a use (<c>use "../a|</c>): the other folders of the archive, written from the file's folder.</summary>
internal static class UsedPaths
{
    /// <summary>The folders to offer when the caret is in a use's path, else null (not there, or not in an archive).</summary>
    public static IEnumerable<CompletionItem>? At(DocumentSnapshot snapshot, int offset)
    {
        if (offset == 0 || snapshot.Compilation.Archive is not { } archive) return null;
        var token = snapshot.Tree.Root.FindToken(offset - 1);
        var terminated = token.Kind == SyntaxKind.StringLiteralToken;
        if (token.Parent?.Parent is not UseDeclarationSyntax || !(terminated || token.Kind == SyntaxKind.UnterminatedStringLiteralToken)) return null;
        if (offset <= token.Span.Start || offset > (terminated ? token.Span.End - 1 : token.Span.End)) return null;

        // The whole path typed so far is replaced: an editor's word at the caret would stop at a '/' or a '.'.
        var typed = new LspRange(snapshot.RangeOf(new TextSpan(token.Span.Start + 1, 0)).Start, snapshot.RangeOf(new TextSpan(offset, 0)).Start);
        var from = ArchivePaths.FolderOf(snapshot.Tree.FilePath);
        return archive.Compilations.Select(compilation => compilation.Folder!).Where(folder => folder != from)
            .Select(folder => ArchivePaths.Relative(from, folder))
            .Order(StringComparer.Ordinal)
            .Select(path => new CompletionItem(path, CompletionItemKind.Folder, "folder of the archive", "0" + path, TextEdit: new TextEdit(typed, InString(path))));
    }

    /// <summary>The path as the inside of a string literal (a folder's name may hold a quote or a backslash).</summary>
    private static string InString(string path)
    {
        var quoted = SyntaxTreePrinter.Quote(path);
        return quoted.Substring(1, quoted.Length - 2);
    }
}
