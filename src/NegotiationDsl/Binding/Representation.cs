using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>
/// Which parties a person may act for on a day: their affiliation and the parties of the offices they may hold then
/// (as far as the dates' precision can tell; every office when the day is unknown), or a party within or around one
/// of those. Signatories and delegation members are checked with it. A person who declares neither is not checked.
/// </summary>
internal sealed class Representation
{
    private readonly ParticipantCover? _cover;

    public Representation(PersonSymbol person, DateInterval? date, PartyTree tree, int askedAbout)
    {
        var parties = person.Offices
            .Where(office => office.Party is not null && (date is not { } day || office.IsHeldDuring(day) != Truth.False))
            .Select(office => (ActorSymbol)office.Party!)
            .ToList();
        if (person.Affiliation is { } affiliation) parties.Add(affiliation);
        Parties = parties.Distinct().ToImmutableArray();
        _cover = Parties.IsEmpty ? null : new ParticipantCover(Parties, tree, askedAbout);
    }

    /// <summary>The parties the person is declared to belong to on the day; empty when the record says nothing.</summary>
    public ImmutableArray<ActorSymbol> Parties { get; }

    /// <summary>True when the record says nothing about the person, or when <paramref name="party"/> is one of theirs, within or around one.</summary>
    public bool Represents(PartySymbol party) => _cover is null || _cover.Covers(party) || _cover.IsCoveredBy(party);
}
