using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Incremental;

/// <summary>
/// The symbols of one file copied into the tree an edit made, as design (A) of incremental binding would copy them
/// (docs/performance.md, "Why incremental binding is not done yet"): each symbol cloned field for field, its spans moved
/// by the edit, its tree set to the new one, and every reference to a symbol of the file mapped to its copy. It reaches
/// the symbols' private fields through unsafe accessors, which product code would not need (a copy constructor would do
/// the same work); what it measures is the floor of that work. <see cref="CopyCheck.Problems"/> proves the copy complete.
/// </summary>
internal sealed class SymbolGraphCopy<TMap>
    where TMap : ISymbolMap
{
    private readonly TMap _map;
    private readonly SyntaxTree _tree;
    private readonly Edit _edit;

    private SymbolGraphCopy(TMap map, SyntaxTree tree, Edit edit)
    {
        _map = map;
        _tree = tree;
        _edit = edit;
    }

    /// <summary>Copies <paramref name="symbols"/> (all of one file's, in the order the binding result lists them) into <paramref name="tree"/>.</summary>
    public static Symbol[] Copy(ImmutableArray<Symbol> symbols, SyntaxTree tree, Edit edit, TMap map)
    {
        var copier = new SymbolGraphCopy<TMap>(map, tree, edit);
        var copies = new Symbol[symbols.Length];
        // First every clone, so that the second pass finds each reference's copy whatever the order.
        for (var i = 0; i < symbols.Length; i++) copies[i] = copier.Clone(symbols[i]);
        map.Fill(symbols, copies);
        foreach (var copy in copies) copier.Remap(copy);
        return copies;
    }

    /// <summary>The first pass alone (clones with their spans moved, no reference mapped): what allocating the copies costs.</summary>
    public static Symbol[] CloneOnly(ImmutableArray<Symbol> symbols, SyntaxTree tree, Edit edit, TMap map)
    {
        var copier = new SymbolGraphCopy<TMap>(map, tree, edit);
        var copies = new Symbol[symbols.Length];
        for (var i = 0; i < symbols.Length; i++) copies[i] = copier.Clone(symbols[i]);
        return copies;
    }

    private Symbol Clone(Symbol symbol)
    {
        var copy = (Symbol)SymbolFields.CloneOf(symbol);
        SymbolFields.TreeOf(copy) = _tree;
        ref var declaration = ref SymbolFields.DeclarationSpanOf(copy);
        declaration = _edit.Move(declaration);
        ref var location = ref SymbolFields.LocationSpanOf(copy);
        location = _edit.Move(location);
        switch (copy)
        {
            case GatheringSymbol gathering:
                ref var head = ref SymbolFields.HeadSpanOf(gathering);
                head = _edit.Move(head);
                break;
            case StatementSymbol statement:
                ref var text = ref SymbolFields.TextSpanOf(statement);
                // The default span says "no text in the source" and stays so.
                if (text.Start != 0) text = _edit.Move(text);
                break;
            case ActorSymbol actor:
                // The list of just this actor is made again on first use, of the copy.
                SymbolFields.AsListOf(actor) = default;
                break;
        }

        return copy;
    }

    private void Remap(Symbol copy)
    {
        switch (copy)
        {
            case PartySymbol party:
                party.Members = MapAll(party.Members);
                party.Parent = Map(party.Parent);
                break;
            case PersonSymbol person:
                person.Offices = MapOffices(person.Offices);
                person.Affiliation = Map(person.Affiliation);
                break;
            case GatheringSymbol gathering:
                RemapGathering(gathering);
                break;
            case StatementSymbol statement:
                RemapStatement(statement);
                break;
            case AgreementSymbol agreement:
                agreement.Provisions = MapAll(agreement.Provisions);
                agreement.Events = MapAgreementEvents(agreement.Events);
                break;
        }
    }

    private void RemapGathering(GatheringSymbol gathering)
    {
        gathering.Participants = MapAll(gathering.Participants);
        gathering.Statements = MapAll(gathering.Statements);
        if (!gathering.Roles.IsEmpty) gathering.Roles = MapRoles(gathering.Roles);
        if (!gathering.Delegations.IsEmpty) gathering.Delegations = MapDelegations(gathering.Delegations);
        if (gathering is MeetingSymbol meeting) meeting.Talks = Map(meeting.Talks);
        else if (gathering is TalksSymbol talks) talks.Meetings = MapAll(talks.Meetings);
    }

    private void RemapStatement(StatementSymbol statement)
    {
        statement.Actors = MapActors(statement.Actors);
        statement.Meeting = Map(statement.Meeting);
        statement.Talks = Map(statement.Talks);
        RemapRareParts(ref SymbolFields.RarePartsOf(statement));
        switch (statement)
        {
            case CommitmentSymbol commitment:
                commitment.Events = MapEvents(commitment.Events);
                break;
            case MilestoneSymbol milestone:
                milestone.Records = MapEvents(milestone.Records);
                break;
        }
    }

    /// <summary>
    /// The clone shares the original's array of rare parts, so it gets an array of its own before any part changes:
    /// symbols are mapped, spans in the source moved, lists of symbols or events made again, the rest shared.
    /// </summary>
    private void RemapRareParts(ref RareParts parts)
    {
        ref var shared = ref RarePartsLayout.EntriesOf(ref parts);
        if (shared is null) return;
        // A clone keeps the array's own type, which RareParts copies from when a part is added later.
        var own = ((System.Array)shared).Clone();
        foreach (ref var entry in RarePartsLayout.Entries(own))
        {
            entry.Value = entry.Value switch
            {
                Symbol symbol => _map[symbol],
                TextSpan span => _edit.Move(span),
                Symbol[] list => MapArray(list),
                CommitmentEvent[] events => MapArray(events),
                var other => other,
            };
        }

        shared = own;
    }

    private T? Map<T>(T? symbol)
        where T : Symbol => symbol is null ? null : (T)_map[symbol];

    private ImmutableArray<T> MapAll<T>(ImmutableArray<T> symbols)
        where T : Symbol => symbols.IsDefaultOrEmpty ? symbols : ImmutableCollectionsMarshal.AsImmutableArray(MapArray(ImmutableCollectionsMarshal.AsArray(symbols)!));

    /// <summary>A statement made or received by one actor shares that actor's list, as binding made it.</summary>
    private ImmutableArray<ActorSymbol> MapActors(ImmutableArray<ActorSymbol> actors) =>
        actors.Length == 1 ? ((ActorSymbol)_map[actors[0]]).AsList : MapAll(actors);

    private T[] MapArray<T>(T[] symbols)
        where T : Symbol
    {
        // Clone keeps the array's own element type (a list of parties read as actors stays a list of parties).
        var copy = (T[])symbols.Clone();
        for (var i = 0; i < copy.Length; i++) copy[i] = (T)_map[copy[i]];
        return copy;
    }

    private CommitmentEvent[] MapArray(CommitmentEvent[] events)
    {
        var copy = new CommitmentEvent[events.Length];
        for (var i = 0; i < events.Length; i++) copy[i] = events[i] with { Statement = (StatementSymbol)_map[events[i].Statement] };
        return copy;
    }

    private ImmutableArray<CommitmentEvent> MapEvents(ImmutableArray<CommitmentEvent> events) =>
        events.IsDefaultOrEmpty ? events : ImmutableCollectionsMarshal.AsImmutableArray(MapArray(ImmutableCollectionsMarshal.AsArray(events)!));

    private ImmutableArray<AgreementEvent> MapAgreementEvents(ImmutableArray<AgreementEvent> events)
    {
        if (events.IsDefaultOrEmpty) return events;
        var copy = new AgreementEvent[events.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = events[i] with { Statement = (StatementSymbol)_map[events[i].Statement] };
        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    private ImmutableArray<OfficeTerm> MapOffices(ImmutableArray<OfficeTerm> offices)
    {
        if (offices.IsDefaultOrEmpty) return offices;
        var copy = new OfficeTerm[offices.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = offices[i] with { Party = Map(offices[i].Party) };
        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    private ImmutableArray<RoleAssignment> MapRoles(ImmutableArray<RoleAssignment> roles)
    {
        var copy = new RoleAssignment[roles.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = roles[i] with { Actors = MapAll(roles[i].Actors) };
        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    private ImmutableArray<Delegation> MapDelegations(ImmutableArray<Delegation> delegations)
    {
        var copy = new Delegation[delegations.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            var delegation = delegations[i];
            copy[i] = new Delegation((PartySymbol)_map[delegation.Party], Map(delegation.Lead), MapAll(delegation.Members));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }
}

/// <summary>An edit as the copy sees it: positions at or after the end of the replaced text move by the change in length.</summary>
internal readonly record struct Edit(int Start, int End, int Delta)
{
    public static Edit Of(TextChange change) => new(change.Span.Start, change.Span.End, change.NewLength - change.Span.Length);

    public int Move(int position) => position >= End ? position + Delta : position;

    public TextSpan Move(TextSpan span) => TextSpan.FromBounds(Move(span.Start), span.End >= End ? span.End + Delta : span.End);
}

/// <summary>The private fields of the symbols that a copy must change, reached without reflection.</summary>
internal static class SymbolFields
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "MemberwiseClone")]
    public static extern object CloneOf(object original);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<SyntaxTree>k__BackingField")]
    public static extern ref SyntaxTree TreeOf(Symbol symbol);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_declarationSpan")]
    public static extern ref TextSpan DeclarationSpanOf(Symbol symbol);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_locationSpan")]
    public static extern ref TextSpan LocationSpanOf(Symbol symbol);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_headSpan")]
    public static extern ref TextSpan HeadSpanOf(GatheringSymbol gathering);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_textSpan")]
    public static extern ref TextSpan TextSpanOf(StatementSymbol statement);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_rare")]
    public static extern ref RareParts RarePartsOf(StatementSymbol statement);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_asList")]
    public static extern ref ImmutableArray<ActorSymbol> AsListOf(ActorSymbol actor);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_text")]
    public static extern ref SourceText TextOf(RecordSymbol record);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_headerSpan")]
    public static extern ref TextSpan? HeaderSpanOf(RecordSymbol record);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_actors")]
    public static extern ref Dictionary<string, ActorSymbol> ActorsOf(DeclarationTable table);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_labels")]
    public static extern ref Dictionary<string, Symbol> LabelsOf(DeclarationTable table);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    public static extern TreeBinding NewTreeBinding(PositionTable<Symbol> declared, PositionTable<Symbol> references, PositionTable<ResolvedDate> dates, HashSet<int> usedImports);
}

/// <summary>
/// <see cref="RareParts"/> is one reference to an array of (part, value) entries whose type is private to it; this reads
/// and writes that array through a struct of the same layout. <c>SymbolGraphCopyTests</c> checks that the two agree.
/// </summary>
internal static class RarePartsLayout
{
    public static ref object? EntriesOf(ref RareParts parts) => ref Unsafe.As<RareParts, object?>(ref parts);

    public static System.Span<Entry> Entries(object entries) => Unsafe.As<Entry[]>(entries);

    /// <summary>The layout of RareParts' own entry: the runtime puts the reference first in either.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal struct Entry
    {
        public object? Value;
        public RarePart Part;
    }
}
