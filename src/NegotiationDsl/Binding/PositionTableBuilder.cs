namespace NegotiationDsl.Binding;

/// <summary>
/// A file's table keyed by position while binding writes it, kept as the arrays its <see cref="PositionTable{TValue}"/>
/// will hold: binding visits nodes in source order, so keys mostly arrive ascending and are appended. A key below the
/// one before starts a new run (a later pass over the file, or a statement bound before the one above it). When a run
/// ends, the newest finished runs are merged while the run below is at most twice as large as the one above it, so
/// each finished run is more than twice the size of the one above it: a lookup searches at most about
/// log2(entries) + 2 runs, newest first, and the merging of any pattern of writes stays within O(n log n) (the size
/// rule of stack-based merge sorts; the tests bound it). Freezing merges what is left. A key written again keeps its
/// newest value, as a dictionary's would.
/// </summary>
internal sealed class PositionTableBuilder<TValue>
    where TValue : class
{
    private long[] _keys = [];
    private TValue[] _values = [];
    private int _count;

    // Where each run of ascending keys starts; runs end where the next starts, the last at _count.
    private int[] _runStarts = new int[8];
    private int _runs;

    // The older run of a merge is copied here, so that the merge can write in place.
    private long[] _mergeKeys = [];
    private TValue[] _mergeValues = [];

    /// <summary>
    /// The entries held: a key written again in a later run counts again until a merge of the runs that hold it
    /// keeps only the newest.
    /// </summary>
    public int Count => _count;

    /// <summary>The entries copied by merges so far, so that tests can bound the work a pattern of writes costs.</summary>
    internal long EntriesMerged { get; private set; }

    /// <summary>
    /// For tests: when set, told of every write to every builder of this value type, so that a test can replay
    /// binding's real write order against a dictionary. Unset, it costs one read of a static field per write.
    /// </summary>
    internal static System.Action<PositionTableBuilder<TValue>, long, TValue>? WriteObserver { get; set; }

    /// <summary>Makes room for <paramref name="capacity"/> entries, so that filling the table does not copy it while it grows.</summary>
    public void Reserve(int capacity)
    {
        if (capacity > _keys.Length) Resize(capacity);
    }

    public TValue this[long key]
    {
        set
        {
            WriteObserver?.Invoke(this, key, value);
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
        // The newest run first: a key written again lives on in the newest run that holds it.
        var end = _count;
        for (var run = _runs - 1; run >= 0; run--)
        {
            var start = _runStarts[run];
            var found = PositionSearch.Find(_keys, start, end, key);
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

    /// <summary>The finished table; the builder is empty again, so that no later write reaches the table's arrays.</summary>
    public PositionTable<TValue> ToTable()
    {
        while (_runs > 1) MergeNewestTwo();
        var table = PositionTable<TValue>.FromSorted(_keys, _values, _count);
        _keys = [];
        _values = [];
        _count = 0;
        _runs = 0;
        _mergeKeys = [];
        _mergeValues = [];
        return table;
    }

    private void StartRun()
    {
        // The run above has ended: merge while the run below it is not more than twice its size.
        while (_runs > 1 && RunLength(_runs - 2) <= 2 * RunLength(_runs - 1)) MergeNewestTwo();
        if (_runs == _runStarts.Length) System.Array.Resize(ref _runStarts, _runs * 2);
        _runStarts[_runs++] = _count;
    }

    private int RunLength(int run) => (run + 1 < _runs ? _runStarts[run + 1] : _count) - _runStarts[run];

    private void Resize(int capacity)
    {
        System.Array.Resize(ref _keys, capacity);
        System.Array.Resize(ref _values, capacity);
    }

    /// <summary>
    /// Merges the two newest runs into one (ours, not Array.Sort, whose code over long is compiled at every cold
    /// start); where both hold a key, the newer run's value is kept. The older run is copied aside and the merge
    /// writes from its start: it never overtakes the newer run's next unread entry.
    /// </summary>
    private void MergeNewestTwo()
    {
        var start = _runStarts[_runs - 2];
        var middle = _runStarts[_runs - 1];
        var end = _count;
        var olderLength = middle - start;
        if (_mergeKeys.Length < olderLength)
        {
            _mergeKeys = new long[System.Math.Max(olderLength, _mergeKeys.Length * 2)];
            _mergeValues = new TValue[_mergeKeys.Length];
        }

        System.Array.Copy(_keys, start, _mergeKeys, 0, olderLength);
        System.Array.Copy(_values, start, _mergeValues, 0, olderLength);
        int older = 0, newer = middle, to = start;
        while (older < olderLength && newer < end)
        {
            var olderKey = _mergeKeys[older];
            var newerKey = _keys[newer];
            if (olderKey < newerKey)
            {
                _keys[to] = olderKey;
                _values[to++] = _mergeValues[older++];
            }
            else
            {
                // The older run holds the key too: the newer run's value replaces it.
                if (olderKey == newerKey) older++;
                _keys[to] = newerKey;
                _values[to++] = _values[newer++];
            }
        }

        var olderLeft = olderLength - older;
        System.Array.Copy(_mergeKeys, older, _keys, to, olderLeft);
        System.Array.Copy(_mergeValues, older, _values, to, olderLeft);
        to += olderLeft;
        var newerLeft = end - newer;
        if (to != newer)
        {
            System.Array.Copy(_keys, newer, _keys, to, newerLeft);
            System.Array.Copy(_values, newer, _values, to, newerLeft);
        }

        to += newerLeft;

        // Slots a repeated key left behind hold no value the table could hand out.
        System.Array.Clear(_values, to, end - to);
        EntriesMerged += end - start;
        _count = to;
        _runs--;
    }
}
