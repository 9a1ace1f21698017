namespace NegotiationDsl.Binding;

/// <summary>
/// A file's table keyed by position while binding writes it, kept as the arrays its <see cref="PositionTable{TValue}"/>
/// will hold: binding visits nodes in source order, so keys mostly arrive ascending and are appended. A key below the
/// one before starts a new run (a later pass over the file); lookups search the runs newest first, and freezing merges
/// them. A key written again keeps its newest value, as a dictionary's would.
/// </summary>
internal sealed class PositionTableBuilder<TValue>
    where TValue : class
{
    // Past this many runs a lookup merges them first, so that no pattern of writes makes every lookup slow.
    private const int MostRunsSearched = 8;

    private long[] _keys = [];
    private TValue[] _values = [];
    private int _count;

    // Where each run of ascending keys starts; runs end where the next starts, the last at _count.
    private int[] _runStarts = new int[MostRunsSearched + 1];
    private int _runs;

    /// <summary>The entries written (a key written again in a later run counts again until the table is frozen).</summary>
    public int Count => _count;

    /// <summary>Makes room for <paramref name="capacity"/> entries, so that filling the table does not copy it while it grows.</summary>
    public void Reserve(int capacity)
    {
        if (capacity > _keys.Length) Resize(capacity);
    }

    public TValue this[long key]
    {
        set
        {
            if (_count > 0)
            {
                var last = _keys[_count - 1];
                if (key == last)
                {
                    _values[_count - 1] = value;
                    return;
                }

                if (key < last) StartRun();
            }
            else
            {
                StartRun();
            }

            if (_count == _keys.Length) Resize(System.Math.Max(4, _count * 2));
            _keys[_count] = key;
            _values[_count] = value;
            _count++;
        }
    }

    public bool TryGetValue(long key, out TValue value)
    {
        if (_runs > MostRunsSearched) Merge();

        // The newest run first: a key written again lives on in the newest run that holds it.
        var end = _count;
        for (var run = _runs - 1; run >= 0; run--)
        {
            var start = _runStarts[run];
            var found = Search(start, end, key);
            if (found >= 0)
            {
                value = _values[found];
                return true;
            }

            end = start;
        }

        value = null!;
        return false;
    }

    /// <summary>The finished table; the builder is not written again.</summary>
    public PositionTable<TValue> ToTable()
    {
        if (_count == 0) return PositionTable<TValue>.Empty;
        if (_runs > 1) Merge();
        return PositionTable<TValue>.FromSorted(_keys, _values, _count);
    }

    private void StartRun()
    {
        if (_runs == _runStarts.Length) System.Array.Resize(ref _runStarts, _runs * 2);
        _runStarts[_runs++] = _count;
    }

    private void Resize(int capacity)
    {
        System.Array.Resize(ref _keys, capacity);
        System.Array.Resize(ref _values, capacity);
    }

    // Our own search rather than Array.BinarySearch, whose code over long is compiled at every cold start.
    private int Search(int lower, int end, long key)
    {
        var upper = end - 1;
        while (lower <= upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var found = _keys[middle];
            if (found == key) return middle;
            if (found < key) lower = middle + 1;
            else upper = middle - 1;
        }

        return -1;
    }

    /// <summary>
    /// Merges the runs into one, pairwise (ours, not Array.Sort, for the same reason as the search); where two runs hold
    /// a key, the newer run's value is kept. Binding writes a file's table in a few passes, so there are few runs.
    /// </summary>
    private void Merge()
    {
        var fromKeys = _keys;
        var fromValues = _values;
        var toKeys = new long[_count];
        var toValues = new TValue[_count];
        var bounds = _runStarts;
        var runs = _runs;
        var count = _count;
        while (runs > 1)
        {
            var merged = 0;
            var to = 0;
            for (var first = 0; first < runs; first += 2)
            {
                var start = bounds[first];
                var middle = first + 1 < runs ? bounds[first + 1] : count;
                var end = first + 2 < runs ? bounds[first + 2] : count;
                bounds[merged++] = to;
                int left = start, right = middle;
                while (left < middle || right < end)
                {
                    int from;
                    if (right >= end || (left < middle && fromKeys[left] < fromKeys[right]))
                    {
                        from = left++;
                    }
                    else
                    {
                        // The newer run holds the key too: its value replaces the older one's.
                        if (left < middle && fromKeys[left] == fromKeys[right]) left++;
                        from = right++;
                    }

                    toKeys[to] = fromKeys[from];
                    toValues[to] = fromValues[from];
                    to++;
                }
            }

            // Entries written again are gone: the runs now end earlier.
            count = to;
            runs = merged;
            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromValues, toValues) = (toValues, fromValues);
        }

        _keys = fromKeys;
        _values = fromValues;
        _count = count;
        _runs = 1;
        _runStarts[0] = 0;
    }
}
