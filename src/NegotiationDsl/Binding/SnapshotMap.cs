using System;
using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// A map from folders to what a snapshot of an archive keeps for each, which the next snapshot makes by setting a few
/// entries: it shares the table of the one before and keeps its own changes apart, folding them into a new table once
/// they are many. Setting an entry thus costs no work per folder of the archive. (Not an ImmutableDictionary: its code
/// over our types would be compiled at every cold start, which ReadyToRun cannot avoid.)
/// </summary>
internal sealed class SnapshotMap<TValue>
    where TValue : class
{
    private const int MostChanges = 64;
    private readonly Dictionary<string, TValue> _table;
    private readonly Dictionary<string, TValue>? _changes;

    public SnapshotMap(Dictionary<string, TValue> table)
        : this(table, changes: null)
    {
    }

    private SnapshotMap(Dictionary<string, TValue> table, Dictionary<string, TValue>? changes)
    {
        _table = table;
        _changes = changes;
    }

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool TryGetValue(string key, out TValue value)
    {
        if (_changes is not null && _changes.TryGetValue(key, out value!)) return true;
        return _table.TryGetValue(key, out value!);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>A map with <paramref name="changes"/> set (existing keys only, or new ones); this one is unchanged.</summary>
    public SnapshotMap<TValue> SetItems(Dictionary<string, TValue> changes)
    {
        var merged = _changes is null ? new Dictionary<string, TValue>(StringComparer.Ordinal) : new Dictionary<string, TValue>(_changes, StringComparer.Ordinal);
        foreach (var change in changes) merged[change.Key] = change.Value;
        if (merged.Count <= MostChanges) return new SnapshotMap<TValue>(_table, merged);

        var table = new Dictionary<string, TValue>(_table, StringComparer.Ordinal);
        foreach (var change in merged) table[change.Key] = change.Value;
        return new SnapshotMap<TValue>(table);
    }
}
