using System.Collections.Immutable;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>A person: full name, offices with validity dates, affiliation.</summary>
public sealed class PersonSymbol : ActorSymbol
{
    internal PersonSymbol(string name, SyntaxTree tree, PersonDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Identifier)
    {
    }

    public override SymbolKind Kind => SymbolKind.Person;
    public string? FullName { get; internal set; }
    public override string DisplayName => FullName ?? Name;
    public ImmutableArray<OfficeTerm> Offices { get; internal set; } = ImmutableArray<OfficeTerm>.Empty;

    /// <summary>The party the person belongs to: declared with <c>of</c>, else the party of the first office.</summary>
    public PartySymbol? Affiliation { get; internal set; }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Affiliation = map.MapOrNull(Affiliation);
        Offices = map.MapEach(Offices, static (office, copies) => office with { Party = copies.MapOrNull(office.Party) });
    }
}
