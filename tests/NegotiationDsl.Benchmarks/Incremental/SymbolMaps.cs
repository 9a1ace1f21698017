using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Benchmarks.Incremental;

/// <summary>Where a copy finds the copy of a symbol it refers to; a symbol of another file is its own copy.</summary>
internal interface ISymbolMap
{
    Symbol this[Symbol original] { get; }

    /// <summary>Takes the originals and their copies, index for index.</summary>
    void Fill(ImmutableArray<Symbol> originals, Symbol[] copies);
}

/// <summary>The map as a dictionary by reference.</summary>
internal sealed class DictionaryMap : ISymbolMap
{
    private Dictionary<Symbol, Symbol> _copies = new(ReferenceEqualityComparer.Instance);

    public Symbol this[Symbol original] => _copies.TryGetValue(original, out var copy) ? copy : original;

    public void Fill(ImmutableArray<Symbol> originals, Symbol[] copies)
    {
        _copies = new Dictionary<Symbol, Symbol>(originals.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < copies.Length; i++) _copies.Add(originals[i], copies[i]);
    }
}

/// <summary>
/// The map as an index table: the originals' declaration keys (start and kind, one per symbol of a file) sorted, each
/// with the index of its copy, found by binary search. No hashing and no entry objects, but a search of about
/// thirteen steps per reference.
/// </summary>
internal sealed class SortedKeyMap(Syntax.SyntaxTree tree) : ISymbolMap
{
    private long[] _keys = [];
    private int[] _indexes = [];
    private Symbol[] _copies = [];

    public Symbol this[Symbol original]
    {
        get
        {
            if (original.SyntaxTree != tree) return original;
            var found = System.Array.BinarySearch(_keys, original.DeclarationKey);
            return _copies[_indexes[found]];
        }
    }

    public void Fill(ImmutableArray<Symbol> originals, Symbol[] copies)
    {
        _keys = new long[originals.Length];
        _indexes = new int[originals.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = originals[i].DeclarationKey;
            _indexes[i] = i;
        }

        System.Array.Sort(_keys, _indexes);
        _copies = copies;
    }
}
