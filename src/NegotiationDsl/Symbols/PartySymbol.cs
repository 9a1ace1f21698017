using System.Collections.Immutable;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>A state, alliance, organisation, bloc ("the West") or body ("the Kremlin").</summary>
public sealed class PartySymbol : ActorSymbol
{
    internal PartySymbol(string name, SyntaxTree tree, PartyDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Identifier)
    {
    }

    public override SymbolKind Kind => SymbolKind.Party;
    public PartyKind PartyKind { get; internal set; }
    public string? DeclaredName { get; internal set; }
    public override string DisplayName => DeclaredName ?? Name;

    /// <summary>For a bloc: the parties it is made of.</summary>
    public ImmutableArray<PartySymbol> Members { get; internal set; } = ImmutableArray<PartySymbol>.Empty;

    /// <summary>For a body: the party it belongs to (the Kremlin of Russia).</summary>
    public PartySymbol? Parent { get; internal set; }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Members = map.MapAll(Members);
        Parent = map.MapOrNull(Parent);
    }
}
