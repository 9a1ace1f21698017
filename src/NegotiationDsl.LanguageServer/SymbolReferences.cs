using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>Where a symbol's name is written in the files of its compilation: the declaration and every reference.</summary>
internal static class SymbolReferences
{
    public readonly record struct Occurrence(SyntaxTree Tree, TextSpan Span, bool IsDeclaration);

    /// <summary>The symbol named by the identifier under the caret, and that identifier's span.</summary>
    public static (Symbol Symbol, TextSpan Span)? SymbolAt(DocumentSnapshot snapshot, int offset)
    {
        var token = snapshot.TokenAt(offset);
        if (token is null || token.Kind != SyntaxKind.IdentifierToken) return null;
        return snapshot.Model.GetSymbolAt(token.Span.Start) is { } symbol ? (symbol, token.Span) : null;
    }

    public static IEnumerable<Occurrence> Find(DocumentSnapshot snapshot, Symbol symbol, bool includeDeclaration)
    {
        if (includeDeclaration && symbol.Identifier is { } identifier) yield return new Occurrence(symbol.SyntaxTree, identifier.Span, IsDeclaration: true);
        foreach (var (tree, name) in snapshot.Compilation.FindReferencesWithTrees(symbol).OrderBy(reference => reference.Name.Span.Start))
            yield return new Occurrence(tree, name.Identifier.Span, IsDeclaration: false);
    }
}
