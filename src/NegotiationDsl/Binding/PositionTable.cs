using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// A finished file's table keyed by position (<see cref="TreeBinding.KeyOf(int, Syntax.SyntaxKind)"/>): keys in order
/// in one array, values in another, found by binary search. A finished compilation holds one per table per file, and
/// this costs 16 bytes an entry (12 with one kind) where the dictionary binding fills costs about 28, more with the room it grew into.
/// </summary>
internal sealed class PositionTable<TValue>
    where TValue : class
{
    public static readonly PositionTable<TValue> Empty = new([], []);

    private readonly long[] _keys;
    private readonly TValue[] _values;

    // When every key has the same kind (a file's references are all names), only the starts are kept: 12 bytes an entry.
    private readonly int[]? _starts;
    private readonly uint _kind;

    private PositionTable(long[] keys, TValue[] values)
    {
        _keys = keys;
        _values = values;
        if (keys.Length == 0 || !OneKind(keys)) return;
        _kind = (uint)keys[0];
        _starts = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) _starts[i] = TreeBinding.StartOf(keys[i]);
        _keys = [];
    }

    public int Count => _values.Length;

    /// <summary>The keys in source order.</summary>
    public IReadOnlyList<long> KeysInOrder => _starts is { } starts ? Keys(starts, _kind) : _keys;

    /// <summary>The values in the order of their keys.</summary>
    public IReadOnlyList<TValue> Values => _values;

    public bool TryGetValue(long key, out TValue value)
    {
        // Our own search rather than Array.BinarySearch, whose code over long is compiled at every cold start.
        var starts = _starts;
        if (starts is not null && (uint)key != _kind)
        {
            value = null!;
            return false;
        }

        int lower = 0, upper = _values.Length - 1;
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

    public static PositionTable<TValue> From(Dictionary<long, TValue> table)
    {
        if (table.Count == 0) return Empty;
        var keys = new long[table.Count];
        var values = new TValue[table.Count];
        var i = 0;
        var sorted = true;
        foreach (var entry in table)
        {
            keys[i] = entry.Key;
            values[i] = entry.Value;
            if (i > 0 && keys[i - 1] > entry.Key) sorted = false;
            i++;
        }

        // Binding mostly adds in source order, and then there is nothing to sort.
        if (!sorted) SortByKey(keys, values);
        return new PositionTable<TValue>(keys, values);
    }

    private static bool OneKind(long[] keys)
    {
        var kind = (uint)keys[0];
        foreach (var key in keys)
        {
            if ((uint)key != kind) return false;
        }

        return true;
    }

    private static long[] Keys(int[] starts, uint kind)
    {
        var keys = new long[starts.Length];
        for (var i = 0; i < starts.Length; i++) keys[i] = ((long)starts[i] << 32) | kind;
        return keys;
    }

    /// <summary>A merge sort of both arrays by key (ours, not Array.Sort, for the same reason as the search).</summary>
    private static void SortByKey(long[] keys, TValue[] values)
    {
        var fromKeys = keys;
        var fromValues = values;
        var toKeys = new long[keys.Length];
        var toValues = new TValue[values.Length];
        for (var width = 1; width < keys.Length; width *= 2)
        {
            for (var start = 0; start < keys.Length; start += 2 * width)
            {
                var middle = System.Math.Min(start + width, keys.Length);
                var end = System.Math.Min(start + (2 * width), keys.Length);
                int left = start, right = middle;
                for (var to = start; to < end; to++)
                {
                    var from = left < middle && (right >= end || fromKeys[left] <= fromKeys[right]) ? left++ : right++;
                    toKeys[to] = fromKeys[from];
                    toValues[to] = fromValues[from];
                }
            }

            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromValues, toValues) = (toValues, fromValues);
        }

        if (!ReferenceEquals(fromKeys, keys))
        {
            System.Array.Copy(fromKeys, keys, keys.Length);
            System.Array.Copy(fromValues, values, values.Length);
        }
    }
}
