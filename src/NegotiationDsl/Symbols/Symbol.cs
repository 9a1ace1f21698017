using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>Something a name can refer to: an actor, a meeting, a round of talks or a labelled statement.</summary>
public abstract class Symbol
{
    private protected Symbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier)
    {
        Name = name;
        SyntaxTree = tree;
        Declaration = declaration;
        Identifier = identifier;
    }

    public string Name { get; }
    public abstract SymbolKind Kind { get; }
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The declaring node: a party or person declaration, a meeting, talks, or a statement.</summary>
    public SyntaxNode Declaration { get; }

    /// <summary>The token that names the symbol where it is declared (null for unlabelled meetings).</summary>
    public SyntaxToken? Identifier { get; }

    public Location Location => new(SyntaxTree.Text, (Identifier ?? Declaration.FirstToken).Span);

    public override string ToString() => $"{Kind} {Name}";
}
