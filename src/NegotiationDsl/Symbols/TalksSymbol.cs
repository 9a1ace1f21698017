using System.Collections.Immutable;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>A round of talks: its meetings and the statements about the round as a whole.</summary>
public sealed class TalksSymbol : GatheringSymbol
{
    internal TalksSymbol(string name, SyntaxTree tree, TalksDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Label, declaration.Body)
    {
    }

    public override SymbolKind Kind => SymbolKind.Talks;
    public string? Title { get; internal set; }
    public ImmutableArray<MeetingSymbol> Meetings { get; internal set; } = ImmutableArray<MeetingSymbol>.Empty;

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Meetings = map.MapAll(Meetings);
    }
}
