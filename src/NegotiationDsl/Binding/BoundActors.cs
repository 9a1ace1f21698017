using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What the actor pass hands the passes after it: each file's record, and the indexes over parties and persons
/// that their checks use. Made once the actor pass has ended, so every party link is cut and every office bound
/// before an index is built (each on first use: a record without meetings needs neither).
/// </summary>
internal sealed class BoundActors
{
    public BoundActors(IReadOnlyDictionary<SyntaxTree, RecordSymbol> records, VisibleActors visible)
    {
        Records = records;
        PartyTree = new Lazy<PartyTree>(() => new PartyTree(visible.Parties.ToList()), LazyThreadSafetyMode.ExecutionAndPublication);
        OfficeCalendars = new Lazy<IReadOnlyDictionary<PersonSymbol, OfficeCalendar>>(
            () => visible.Persons.ToDictionary(person => person, person => new OfficeCalendar(person.Offices)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyDictionary<SyntaxTree, RecordSymbol> Records { get; }

    /// <summary>The parties' 'of' links, numbered for the participant checks.</summary>
    public Lazy<PartyTree> PartyTree { get; }

    /// <summary>Each person's offices, sorted for the office check.</summary>
    public Lazy<IReadOnlyDictionary<PersonSymbol, OfficeCalendar>> OfficeCalendars { get; }
}

/// <summary>
/// The parties and persons a folder's checks may meet: its own and those of every folder it uses, transitively (a
/// party of the register may be 'of' a party the register itself uses). Each folder's set is kept with its result.
/// </summary>
internal sealed class VisibleActors
{
    private VisibleActors(IReadOnlyList<PartySymbol> parties, IReadOnlyList<PersonSymbol> persons)
    {
        Parties = parties;
        Persons = persons;
    }

    public IReadOnlyList<PartySymbol> Parties { get; }
    public IReadOnlyList<PersonSymbol> Persons { get; }

    public static VisibleActors Of(DeclarationTable own, IEnumerable<VisibleActors> used)
    {
        var parties = new List<PartySymbol>(own.Symbols.OfType<PartySymbol>());
        var persons = new List<PersonSymbol>(own.Symbols.OfType<PersonSymbol>());
        var seenParties = new HashSet<PartySymbol>(parties);
        var seenPersons = new HashSet<PersonSymbol>(persons);
        foreach (var folder in used)
        {
            parties.AddRange(folder.Parties.Where(seenParties.Add));
            persons.AddRange(folder.Persons.Where(seenPersons.Add));
        }

        return new VisibleActors(parties, persons);
    }
}
