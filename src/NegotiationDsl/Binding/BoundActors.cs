using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
    private readonly ConcurrentDictionary<PersonSymbol, OfficeCalendar> _officeCalendars = new();

    public BoundActors(IReadOnlyDictionary<SyntaxTree, RecordSymbol> records, VisibleActors visible)
    {
        Records = records;
        PartyTree = new Lazy<PartyTree>(() => new PartyTree(visible.Parties()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyDictionary<SyntaxTree, RecordSymbol> Records { get; }

    /// <summary>The parties' 'of' links, numbered for the participant checks.</summary>
    public Lazy<PartyTree> PartyTree { get; }

    /// <summary>A person's offices, sorted for the office check; made for the persons it meets (of this folder or any other).</summary>
    public OfficeCalendar OfficeCalendarOf(PersonSymbol person) => _officeCalendars.GetOrAdd(person, static held => new OfficeCalendar(held.Offices));
}

/// <summary>
/// The parties a folder's participant checks may meet: those its files declare or can name through a use, and every
/// party they lead to through 'of', 'members' and a person's offices and affiliation, whichever folder declares it (a
/// party of the register may be 'of' a party the register itself uses). Only what they lead to: a folder at the end of
/// a chain of 10,000 uses does not carry the parties of the whole chain.
/// </summary>
/// <param name="own">The folder's declarations.</param>
/// <param name="used">The declarations of the folders its files use.</param>
internal sealed class VisibleActors(DeclarationTable own, IReadOnlyList<DeclarationTable> used)
{
    /// <summary>The parties, each once; read when the actors are bound, since their links are set then.</summary>
    public List<PartySymbol> Parties()
    {
        var parties = new List<PartySymbol>();
        var seen = new HashSet<PartySymbol>();
        var pending = new Stack<PartySymbol>();
        Visit(own);
        foreach (var table in used) Visit(table);
        return parties;

        void Visit(DeclarationTable table)
        {
            foreach (var symbol in table.Symbols)
            {
                switch (symbol)
                {
                    case PartySymbol party:
                        Reach(party);
                        break;
                    case PersonSymbol person:
                        foreach (var party in PartyTree.Starts(person)) Reach(party);
                        break;
                }
            }
        }

        // Depth first with a stack of our own: a chain of 'of' may be 100,000 parties long.
        void Reach(PartySymbol start)
        {
            pending.Push(start);
            while (pending.Count > 0)
            {
                var party = pending.Pop();
                if (!seen.Add(party)) continue;
                parties.Add(party);
                if (party.Parent is { } parent) pending.Push(parent);
                foreach (var member in party.Members) pending.Push(member);
            }
        }
    }
}
