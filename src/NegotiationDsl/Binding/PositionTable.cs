using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// A finished file's table keyed by position (<see cref="TreeBinding.KeyOf(int, Syntax.SyntaxKind)"/>): keys in order
/// in one array, values in another, found by binary search. A finished compilation holds one per table per file, and
/// this costs 16 bytes an entry (12 with one kind). Binding fills it through a <see cref="PositionTableBuilder{TValue}"/>, in the same arrays.
/// </summary>
internal sealed class PositionTable<TValue>
    where TValue : class
{
    public static readonly PositionTable<TValue> Empty = new([], [], 0);

    private readonly long[] _keys;
    private readonly int _count;

    // The values in the order of their keys; past the count, room binding reserved and did not fill.
    private readonly TValue[] _values;

    // When every key has the same kind (a file's references are all names), only the starts are kept: 12 bytes an entry.
    private readonly int[]? _starts;
    private readonly uint _kind;

    private PositionTable(long[] keys, TValue[] values, int count)
    {
        _keys = keys;
        _values = values;
        _count = count;
        if (count == 0) return;
        if (OneKind(keys, count))
        {
            // The starts are a new array anyway, and the values keep their spare room rather than be copied.
            _kind = (uint)keys[0];
            _starts = StartsOf(keys, count);
            _keys = [];
        }
        else if (count < keys.Length)
        {
            System.Array.Resize(ref _keys, count);
            System.Array.Resize(ref _values, count);
        }
    }

    public int Count => _count;

    /// <summary>The keys in source order.</summary>
    public IReadOnlyList<long> KeysInOrder => _starts is { } starts ? Keys(starts, _kind) : _keys;

    /// <summary>The values in the order of their keys.</summary>
    public IReadOnlyList<TValue> Values => _count == _values.Length ? _values : new System.ArraySegment<TValue>(_values, 0, _count);

    public bool TryGetValue(long key, out TValue value)
    {
        // Our own search rather than Array.BinarySearch, whose code over long is compiled at every cold start.
        var starts = _starts;
        if (starts is not null && (uint)key != _kind)
        {
            value = null!;
            return false;
        }

        int lower = 0, upper = _count - 1;
        while (lower <= upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var found = starts is null ? _keys[middle] : ((long)starts[middle] << 32) | _kind;
            if (found == key)
            {
                value = _values[middle];
                return true;
            }

            if (found < key) lower = middle + 1;
            else upper = middle - 1;
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// A table over the first <paramref name="count"/> keys, already in ascending order, each once, paired with their
    /// values; it takes both arrays.
    /// </summary>
    internal static PositionTable<TValue> FromSorted(long[] keys, TValue[] values, int count) => count == 0 ? Empty : new(keys, values, count);

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
