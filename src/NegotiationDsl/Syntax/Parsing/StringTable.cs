namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Hands out one string instance per distinct spelling of a span of the source, so that the thousands
/// of identical names, keywords and spaces of a file share their text instead of each token holding a
/// copy. Open addressing over a power-of-two table; one table per parse, so no locking.
/// </summary>
internal sealed class StringTable
{
    // Sized from the text it will read (a whole file, or one member of it when an edit is parsed alone), so a
    // large file's table does not grow (and rehash) again and again from 256 entries; at most half full, so one slot per 32 characters is room for one distinct spelling per 64.
    // The start is capped below the large object heap (85,000 bytes), which only a full collection frees.
    private const int CharactersPerEntry = 32;
    private const int MinimumSize = 256;
    private const int MaximumInitialSize = 8192;

    private readonly string _source;
    private string?[] _entries;
    private int _count;

    /// <param name="source">The whole text the spans are in.</param>
    /// <param name="length">How much of it the table will read.</param>
    public StringTable(string source, int length)
    {
        _source = source;
        var size = MinimumSize;
        while (size < MaximumInitialSize && size * CharactersPerEntry < length) size *= 2;
        _entries = new string?[size];
    }

    /// <summary>The number of slots, for tests.</summary>
    internal int Capacity => _entries.Length;

    public string Get(int start, int length)
    {
        var hash = Hash(_source, start, length);
        var mask = _entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _entries[slot];
            if (entry is null)
            {
                entry = _source.Substring(start, length);
                _entries[slot] = entry;
                if (++_count * 2 > _entries.Length) Grow();
                return entry;
            }

            if (entry.Length == length && string.CompareOrdinal(entry, 0, _source, start, length) == 0) return entry;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    private static int Hash(string text, int start, int length)
    {
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++) hash = unchecked((hash ^ text[i]) * 16777619);
        return hash & int.MaxValue;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new string?[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null) continue;
            var slot = Hash(entry, 0, entry.Length) & mask;
            while (_entries[slot] is not null) slot = (slot + 1) & mask;
            _entries[slot] = entry;
        }
    }
}
