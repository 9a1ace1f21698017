using System.Collections.Generic;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// A finished file's table keyed by position (<see cref="TreeBinding.KeyOf(int, Syntax.SyntaxKind)"/>): keys in order
/// in one array, values in another, found by binary search. A finished compilation holds one per table per file, and
/// this costs 16 bytes an entry (a key and a value reference; 12 with one kind). Binding fills it through a <see cref="PositionTableBuilder{TValue}"/>, in the same arrays.
/// </summary>
internal sealed class PositionTable<TValue>
    where TValue : class
{
    public static readonly PositionTable<TValue> Empty = new([], [], 0);

    private readonly long[] _keys;

    // The values in the order of their keys, exactly as many as the table's entries, so they give its count.
    private readonly TValue[] _values;

    // When every key has the same kind (a file's references are all names), only the starts are kept: a 4-byte start
    // and an 8-byte value reference, 12 bytes an entry.
    private readonly int[]? _starts;
    private readonly uint _kind;

    private PositionTable(long[] keys, TValue[] values, int count)
    {
        _keys = keys;

        // Binding reserved room it may not have filled; past the count a slot can also hold nothing the table should
        // keep alive. Trimmed, the values are exactly the table's, and Values hands out the array itself.
        if (count < values.Length) System.Array.Resize(ref values, count);
        _values = values;
        if (count == 0) return;
        if (OneKind(keys, count))
        {
            _kind = (uint)keys[0];
            _starts = StartsOf(keys, count);
            _keys = [];
        }
        else if (count < keys.Length)
        {
            System.Array.Resize(ref _keys, count);
        }
    }

    public int Count => _values.Length;

    /// <summary>The keys in source order.</summary>
    public IReadOnlyList<long> KeysInOrder => _starts is { } starts ? Keys(starts, _kind) : _keys;

    /// <summary>The values in the order of their keys.</summary>
    public IReadOnlyList<TValue> Values => _values;

    public bool TryGetValue(long key, out TValue value)
    {
        int found;
        if (_starts is { } starts)
        {
            found = (uint)key == _kind ? PositionSearch.Find(starts, 0, Count, TreeBinding.StartOf(key)) : -1;
        }
        else
        {
            found = PositionSearch.Find(_keys, 0, Count, key);
        }

        value = found >= 0 ? _values[found] : null!;
        return found >= 0;
    }

    /// <summary>
    /// A table over the first <paramref name="count"/> keys, already in ascending order, each once, paired with their
    /// values; it takes both arrays.
    /// </summary>
    internal static PositionTable<TValue> FromSorted(long[] keys, TValue[] values, int count) => count == 0 ? Empty : new(keys, values, count);

    /// <summary>
    /// The table after an edit: keys in the replaced text left out (the edited member is bound again), the others moved as
    /// <see cref="SpanShift.Move(int)"/> moves a start, each value the one <paramref name="copyOf"/> gives. Every key kept
    /// is before the replaced text or after it, so the keys stay in order.
    /// </summary>
    internal PositionTable<TValue> Moved<TState>(SpanShift shift, System.Func<TValue, TState, TValue> copyOf, TState state)
    {
        if (Count == 0) return this;
        var keys = new long[Count];
        var values = new TValue[Count];
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var start = _starts is { } starts ? starts[i] : TreeBinding.StartOf(_keys[i]);
            if (shift.Replaces(start)) continue;
            keys[kept] = TreeBinding.KeyOf(shift.Move(start), _starts is null ? (SyntaxKind)(uint)_keys[i] : (SyntaxKind)_kind);
            values[kept++] = copyOf(_values[i], state);
        }

        return FromSorted(keys, values, kept);
    }

    private static int[] StartsOf(long[] keys, int count)
    {
        var starts = new int[count];
        for (var i = 0; i < count; i++) starts[i] = TreeBinding.StartOf(keys[i]);
        return starts;
    }

    private static bool OneKind(long[] keys, int count)
    {
        var kind = (uint)keys[0];
        for (var i = 1; i < count; i++)
        {
            if ((uint)keys[i] != kind) return false;
        }

        return true;
    }

    private static long[] Keys(int[] starts, uint kind)
    {
        var keys = new long[starts.Length];
        for (var i = 0; i < starts.Length; i++) keys[i] = ((long)starts[i] << 32) | kind;
        return keys;
    }
}
