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
    public BoundActors(IReadOnlyDictionary<SyntaxTree, RecordSymbol> records, System.Collections.Immutable.ImmutableArray<Symbol> symbols)
    {
        Records = records;
        var parties = symbols.OfType<PartySymbol>().ToList();
        PartyTree = new Lazy<PartyTree>(() => new PartyTree(parties), LazyThreadSafetyMode.ExecutionAndPublication);
        var persons = symbols.OfType<PersonSymbol>().ToList();
        OfficeCalendars = new Lazy<IReadOnlyDictionary<PersonSymbol, OfficeCalendar>>(
            () => persons.ToDictionary(person => person, person => new OfficeCalendar(person.Offices)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyDictionary<SyntaxTree, RecordSymbol> Records { get; }

    /// <summary>The parties' 'of' links, numbered for the participant checks.</summary>
    public Lazy<PartyTree> PartyTree { get; }

    /// <summary>Each person's offices, sorted for the office check.</summary>
    public Lazy<IReadOnlyDictionary<PersonSymbol, OfficeCalendar>> OfficeCalendars { get; }
}
