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
        _starts = StartsOf(keys);
        _keys = [];
    }

    private PositionTable(int[] starts, uint kind, TValue[] values)
    {
        _keys = [];
        _values = values;
        _starts = starts;
        _kind = kind;
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
        if (OneKindInOrder(table, out var kind)) return FromStarts(table, kind);
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

    /// <summary>The one kind of every key when the keys came in source order (a file's references): their starts are all the table keeps.</summary>
    private static bool OneKindInOrder(Dictionary<long, TValue> table, out uint kind)
    {
        kind = 0;
        var first = true;
        var previous = 0L;
        foreach (var entry in table)
        {
            if (first) kind = (uint)entry.Key;
            else if ((uint)entry.Key != kind || entry.Key < previous) return false;
            first = false;
            previous = entry.Key;
        }

        return true;
    }

    private static PositionTable<TValue> FromStarts(Dictionary<long, TValue> table, uint kind)
    {
        var values = new TValue[table.Count];
        table.Values.CopyTo(values, 0);
        return new PositionTable<TValue>(StartsOf(table.Keys), kind, values);
    }

    // A dictionary's keys come in the same order as its values, so the two stay paired.
    private static int[] StartsOf(ICollection<long> keys)
    {
        var starts = new int[keys.Count];
        var i = 0;
        foreach (var key in keys) starts[i++] = TreeBinding.StartOf(key);
        return starts;
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

    /// <summary>
    /// A merge sort of both arrays by key (ours, not Array.Sort, for the same reason as the search) that starts from the
    /// runs already in order: binding adds a file's entries in a few passes, each mostly in source order, so there are
    /// few runs and few passes over the arrays.
    /// </summary>
    private static void SortByKey(long[] keys, TValue[] values)
    {
        var runs = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] > keys[i]) runs++;
        }

        // The start of each run, and the end of the last.
        var bounds = new int[runs + 1];
        var run = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] > keys[i]) bounds[run++] = i;
        }

        bounds[runs] = keys.Length;
        var fromKeys = keys;
        var fromValues = values;
        var toKeys = new long[keys.Length];
        var toValues = new TValue[values.Length];
        while (runs > 1)
        {
            var merged = 0;
            for (var first = 0; first < runs; first += 2)
            {
                var start = bounds[first];
                var middle = bounds[System.Math.Min(first + 1, runs)];
                var end = bounds[System.Math.Min(first + 2, runs)];
                int left = start, right = middle;
                for (var to = start; to < end; to++)
                {
                    var from = left < middle && (right >= end || fromKeys[left] <= fromKeys[right]) ? left++ : right++;
                    toKeys[to] = fromKeys[from];
                    toValues[to] = fromValues[from];
                }

                bounds[merged++] = start;
            }

            bounds[merged] = keys.Length;
            runs = merged;
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
