using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Symbols;

/// <summary>Something a name can refer to: an actor, a meeting, a round of talks or a labelled statement.</summary>
/// <remarks>
/// A symbol remembers where its declaration is (span and kind), not the nodes: holding them would keep
/// every syntax tree of a finished compilation alive. <see cref="Declaration"/> and
/// <see cref="Identifier"/> find the nodes again in the tree's current root.
/// </remarks>
public abstract class Symbol
{
    // The spans and the tree are set again only by CopyInto, on a copy no one has seen yet.
    private TextSpan _declarationSpan;
    private readonly SyntaxKind _declarationKind;
    private readonly bool _hasIdentifier;
    private TextSpan _locationSpan;

    private protected Symbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier)
    {
        Name = name;
        SyntaxTree = tree;
        _declarationSpan = declaration.Span;
        _declarationKind = declaration.Kind;
        _hasIdentifier = identifier is { IsMissing: false };
        _locationSpan = (identifier ?? declaration.FirstToken).Span;
    }

    public string Name { get; }
    public abstract SymbolKind Kind { get; }
    public SyntaxTree SyntaxTree { get; private set; }

    /// <summary>The declaring node: a party or person declaration, a meeting, talks, or a statement.</summary>
    public SyntaxNode Declaration => SyntaxTree.Root.FindNode(_declarationSpan, _declarationKind)
        ?? throw new System.InvalidOperationException($"the declaration of {this} is not in its tree");

    /// <summary>The token that names the symbol where it is declared (null for unlabelled meetings).</summary>
    public SyntaxToken? Identifier
    {
        get
        {
            if (!_hasIdentifier) return null;
            foreach (var token in Declaration.DescendantTokens())
            {
                if (token.Span == _locationSpan && token.Kind == SyntaxKind.IdentifierToken) return token;
                if (token.Span.Start > _locationSpan.Start) break;
            }

            return null;
        }
    }

    /// <summary>The declaring node's key in its file's tables (<see cref="Binding.TreeBinding.KeyOf(SyntaxNode)"/>), known without the tree.</summary>
    internal long DeclarationKey => Binding.TreeBinding.KeyOf(_declarationSpan.Start, _declarationKind);

    /// <summary>The kind of the declaring node, known without the tree.</summary>
    private protected SyntaxKind DeclarationKind => _declarationKind;

    /// <summary>True when the declaration names the symbol (a label or an actor's identifier).</summary>
    public bool HasIdentifier => _hasIdentifier;

    /// <summary>Where the symbol is named: its identifier or label, else the first token of its declaration.</summary>
    public Location Location => new(SyntaxTree.Text, _locationSpan);

    /// <summary>The whole declaration, for outputs that point back at it (a line number, its source text).</summary>
    public Location DeclarationLocation => new(SyntaxTree.Text, _declarationSpan);

    public override string ToString() => $"{Kind} {Name}";

    /// <summary>
    /// A copy of this symbol in <paramref name="map"/>'s tree, with its spans moved by the edit; what it refers to is
    /// still the original's until <see cref="MapReferences"/>. Field for field, so a value a class adds is copied without a line here.
    /// </summary>
    internal Symbol CopyInto(SymbolMap map)
    {
        var copy = (Symbol)MemberwiseClone();
        copy.SyntaxTree = map.Tree;
        copy._declarationSpan = map.Shift.Move(_declarationSpan);
        copy._locationSpan = map.Shift.Move(_locationSpan);
        copy.ForgetCaches();
        copy.MoveOwnParts(map.Shift);
        return copy;
    }

    /// <summary>
    /// Drops, on the fresh copy, what a class caches from the symbol itself (an actor's list of just itself): the clone's
    /// cache still holds the original. Does nothing here; an override calls it, so that a class between keeps its turn.
    /// </summary>
    private protected virtual void ForgetCaches()
    {
    }

    /// <summary>
    /// Moves what a class keeps of the source beyond the declaration (a head, a text), on the fresh copy. Does nothing
    /// here; an override calls it, so that a class between keeps its turn.
    /// </summary>
    private protected virtual void MoveOwnParts(SpanShift shift)
    {
    }

    /// <summary>
    /// Points every symbol this copy refers to (a member, a meeting, an event's statement) at its copy. Does nothing
    /// here; an override calls it, so that a class between keeps its turn.
    /// </summary>
    internal virtual void MapReferences(SymbolMap map)
    {
    }
}
