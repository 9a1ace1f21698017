using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Where a symbol's name is written: the declaration and every reference, in every file of its compilation and,
/// in an archive, of every folder that refers to it. A qualified name (<c>geneva.written_response</c>) names the
/// symbol only after its dot: the alias before it is the using file's, so that part is never the symbol's span.
/// </summary>
internal static class SymbolReferences
{
    /// <param name="IsQualified">Written after an alias (<c>geneva.written_response</c>), so no name of the file's own can stand for it.</param>
    public readonly record struct Occurrence(SyntaxTree Tree, TextSpan Span, bool IsDeclaration, bool IsQualified = false);

    /// <summary>The symbol named by the identifier under the caret, and the span of its name in that identifier.</summary>
    public static (Symbol Symbol, TextSpan Span)? SymbolAt(DocumentSnapshot snapshot, int offset)
    {
        var token = snapshot.TokenAt(offset);
        if (token is null || token.Kind != SyntaxKind.IdentifierToken) return null;
        return snapshot.Model.GetSymbolAt(token.Span.Start) is { } symbol ? (symbol, NameSpan(token)) : null;
    }

    public static IEnumerable<Occurrence> Find(DocumentSnapshot snapshot, Symbol symbol, bool includeDeclaration)
    {
        if (includeDeclaration && symbol.Identifier is { } identifier) yield return new Occurrence(symbol.SyntaxTree, identifier.Span, IsDeclaration: true);
        var references = snapshot.Compilation.FindReferencesWithTrees(symbol)
            .OrderBy(reference => reference.Tree.FilePath, StringComparer.Ordinal)
            .ThenBy(reference => reference.Name.Span.Start);
        foreach (var (tree, name) in references) yield return new Occurrence(tree, NameSpan(name.Identifier), IsDeclaration: false, name.Qualifier is not null);
    }

    /// <summary>The part of an identifier that is the symbol's own name: all of it, or what follows the dot of a qualified one.</summary>
    private static TextSpan NameSpan(SyntaxToken identifier)
    {
        var offset = QualifiedName.SimpleNameOffset(identifier.Text);
        return new TextSpan(identifier.Span.Start + offset, identifier.Span.Length - offset);
    }
}
