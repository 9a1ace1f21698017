namespace NegotiationDsl.Binding;

/// <summary>
/// The binary search over ascending position keys (or, in a table of one kind, their starts) that a <see cref="PositionTable{TValue}"/> and its builder share;
/// ours rather than Array.BinarySearch, whose code over long is compiled at every cold start.
/// </summary>
internal static class PositionSearch
{
    /// <summary>The index of <paramref name="key"/> among <paramref name="keys"/>[<paramref name="lower"/>..<paramref name="end"/>), or -1.</summary>
    public static int Find<TKey>(TKey[] keys, int lower, int end, TKey key)
        where TKey : struct, System.IComparable<TKey>
    {
        var upper = end - 1;
        while (lower <= upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var order = keys[middle].CompareTo(key);
            if (order == 0) return middle;
            if (order < 0) lower = middle + 1;
            else upper = middle - 1;
        }

        return -1;
    }
}
