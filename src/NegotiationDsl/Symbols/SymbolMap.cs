using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Symbols;

/// <summary>
/// One file's symbols copied into the tree an edit of that file made, and the way from each to its copy. The version
/// before must stay as it was (a server may still answer requests on it), so nothing of the copy may reach its symbols:
/// every class copies itself (<see cref="Symbol.CopyInto"/>) and maps what it refers to through this map once every
/// symbol of the file has its copy. A symbol of another file is its own copy; a symbol of the edited file without a copy
/// is a copy that missed it, and mapping it throws rather than let the version before leak into the copy.
/// </summary>
internal sealed class SymbolMap
{
    private readonly Dictionary<Symbol, Symbol> _copies;

    private readonly SyntaxTree _before;

    private SymbolMap(SyntaxTree before, SyntaxTree tree, SpanShift shift, int count)
    {
        _before = before;
        Tree = tree;
        Shift = shift;
        // Symbols compare by reference.
        _copies = new Dictionary<Symbol, Symbol>(count);
    }

    /// <summary>The tree the copies are in.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>How the edit moved the positions after it.</summary>
    public SpanShift Shift { get; }

    /// <summary>
    /// Copies <paramref name="symbols"/> (all of the file <paramref name="before"/>'s) into <paramref name="tree"/>: first
    /// every symbol, so that each reference finds its copy whatever the order, then every reference mapped.
    /// </summary>
    public static SymbolMap Copy(SyntaxTree before, ImmutableArray<Symbol> symbols, SyntaxTree tree, SpanShift shift)
    {
        var map = new SymbolMap(before, tree, shift, symbols.Length);
        foreach (var symbol in symbols) map._copies.Add(symbol, symbol.CopyInto(map));
        foreach (var copy in map._copies.Values) copy.MapReferences(map);
        return map;
    }

    /// <summary>The copy of <paramref name="original"/>; a symbol of another file is its own.</summary>
    /// <exception cref="System.InvalidOperationException">The original is of the file before the edit and was not copied.</exception>
    public Symbol this[Symbol original] =>
        _copies.TryGetValue(original, out var copy) ? copy
        : original.SyntaxTree != _before ? original
        : throw new System.InvalidOperationException($"{original.Kind} {original.Name} of the version before the edit was not copied");

    public T Map<T>(T original)
        where T : Symbol => (T)this[original];

    public T? MapOrNull<T>(T? original)
        where T : Symbol => original is null ? null : (T)this[original];

    public ImmutableArray<T> MapAll<T>(ImmutableArray<T> originals)
        where T : Symbol => originals.IsDefaultOrEmpty ? originals : ImmutableCollectionsMarshal.AsImmutableArray(MapArray(ImmutableCollectionsMarshal.AsArray(originals)!));

    /// <summary>A new array of the copies; it keeps the original's element type (a list of parties read as actors stays a list of parties).</summary>
    public T[] MapArray<T>(T[] originals)
        where T : Symbol
    {
        var copies = (T[])originals.Clone();
        for (var i = 0; i < copies.Length; i++) copies[i] = (T)this[copies[i]];
        return copies;
    }

    /// <summary>A new list of what <paramref name="copy"/> makes of each item (a record that holds symbols); an empty list stays.</summary>
    public ImmutableArray<T> MapEach<T>(ImmutableArray<T> items, System.Func<T, SymbolMap, T> copy)
    {
        if (items.IsDefaultOrEmpty) return items;
        var copies = new T[items.Length];
        for (var i = 0; i < copies.Length; i++) copies[i] = copy(items[i], this);
        return ImmutableCollectionsMarshal.AsImmutableArray(copies);
    }

    public ImmutableArray<CommitmentEvent> MapEvents(ImmutableArray<CommitmentEvent> events) =>
        events.IsDefaultOrEmpty ? events : ImmutableCollectionsMarshal.AsImmutableArray(MapEvents(ImmutableCollectionsMarshal.AsArray(events)!));

    public CommitmentEvent[] MapEvents(CommitmentEvent[] events)
    {
        var copies = new CommitmentEvent[events.Length];
        for (var i = 0; i < copies.Length; i++) copies[i] = events[i] with { Statement = Map(events[i].Statement) };
        return copies;
    }
}
