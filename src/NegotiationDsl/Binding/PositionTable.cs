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

    // A moved table of one kind: the starts and the values as they are.
    private PositionTable(int[] starts, uint kind, TValue[] values)
    {
        _keys = [];
        _starts = starts;
        _kind = kind;
        _values = values;
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
    /// The table after an edit: keys at or after the end of the replaced text moved by the change in length, each value
    /// the one <paramref name="copyOf"/> gives. Keys keep their order as long as none lies inside the replaced text.
    /// </summary>
    internal PositionTable<TValue> Moved<TState>(SpanShift shift, System.Func<TValue, TState, TValue> copyOf, TState state)
    {
        if (Count == 0) return this;
        var values = new TValue[Count];
        for (var i = 0; i < values.Length; i++) values[i] = copyOf(_values[i], state);
        if (_starts is { } starts)
        {
            var movedStarts = new int[starts.Length];
            for (var i = 0; i < movedStarts.Length; i++) movedStarts[i] = shift.Move(starts[i]);
            return new PositionTable<TValue>(movedStarts, _kind, values);
        }

        var keys = new long[Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var start = TreeBinding.StartOf(_keys[i]);
            keys[i] = start >= shift.End ? TreeBinding.KeyOf(start + shift.Delta, (SyntaxKind)(uint)_keys[i]) : _keys[i];
        }

        return new PositionTable<TValue>(keys, values, keys.Length);
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
