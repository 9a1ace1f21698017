using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>A meeting: where, when, how long, who took part, and what was said there.</summary>
public sealed class MeetingSymbol : GatheringSymbol
{
    internal MeetingSymbol(string name, SyntaxTree tree, MeetingDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Label, declaration.Body)
    {
    }

    public override SymbolKind Kind => SymbolKind.Meeting;
    public string Place { get; internal set; } = "";
    public TalksSymbol? Talks { get; internal set; }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Talks = map.MapOrNull(Talks);
    }
}
