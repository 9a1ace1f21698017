using System;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Hands out one string instance per distinct spelling of a span of the source, so that the thousands
/// of identical names, keywords and spaces of a file share their text instead of each token holding a
/// copy. Open addressing over a power-of-two table. A thread's <see cref="ReusedLexing"/> keeps one from
/// parse to parse, so the spellings every file repeats (keywords, the cast's names, indentation) are made
/// once per thread, not once per file; one parse reads it at a time, so no locking.
/// </summary>
/// <remarks>
/// The table keeps strings it cut out of a text, never the text itself: <see cref="Forget"/> lets go of it.
/// </remarks>
internal sealed class StringTable
{
    // Sized from the text it will read (a whole file, or one member of it when an edit is parsed alone), when made and
    // again when a kept table reads a larger text, so a large file's table does not grow (and rehash) again and again
    // from 256 entries; at most half full, so one slot per 32 characters is room for one distinct spelling per 64.
    // The start is capped below the large object heap (85,000 bytes), which only a full collection frees.
    private const int CharactersPerEntry = 32;
    private const int MinimumSize = 256;
    private const int MaximumInitialSize = 8192;

    // What a thread keeps between parses is bounded: a table grown past this (a large file) is replaced by one of this
    // size, and one more than a quarter full is emptied, so a file of up to two thousand new spellings never grows
    // the kept table onto the large object heap.
    internal const int MaximumKeptSize = MaximumInitialSize;

    private string? _source;
    private string?[] _entries;
    private int _count;

    /// <param name="source">The whole text the spans are in.</param>
    /// <param name="length">How much of it the table will read.</param>
    public StringTable(string source, int length)
    {
        _source = source;
        _entries = new string?[SizeFor(length)];
    }

    /// <summary>The number of slots, for tests.</summary>
    internal int Capacity => _entries.Length;

    /// <summary>The number of spellings held, for tests.</summary>
    internal int Count => _count;

    /// <summary>The text the table reads now: what the spans handed to <see cref="Get"/> are spans of.</summary>
    public string Source => _source ?? throw new InvalidOperationException("The string table reads no text.");

    /// <summary>True while the table reads a text, for tests.</summary>
    internal bool HoldsText => _source is not null;

    /// <summary>
    /// Reads spans of <paramref name="source"/> from now on, <paramref name="length"/> characters of it; the spellings
    /// of texts read before stay, rehashed once into a larger table if the text needs one.
    /// </summary>
    public void Read(string source, int length)
    {
        _source = source;
        var size = SizeFor(length);
        if (size > _entries.Length) Resize(size);
    }

    /// <summary>Lets go of the text, and of the spellings when they are more than a kept table should hold.</summary>
    public void Forget()
    {
        _source = null;
        if (_entries.Length > MaximumKeptSize)
        {
            _entries = new string?[MaximumKeptSize];
            _count = 0;
        }
        else if (_count * 4 > MaximumKeptSize)
        {
            Array.Clear(_entries, 0, _entries.Length);
            _count = 0;
        }
    }

    public string Get(int start, int length)
    {
        var source = Source;
        var hash = Hash(source, start, length);
        var mask = _entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _entries[slot];
            if (entry is null)
            {
                entry = source.Substring(start, length);
                _entries[slot] = entry;
                if (++_count * 2 > _entries.Length) Grow();
                return entry;
            }

            if (entry.Length == length && string.CompareOrdinal(entry, 0, source, start, length) == 0) return entry;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    private static int Hash(string text, int start, int length)
    {
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++) hash = unchecked((hash ^ text[i]) * 16777619);
        return hash & int.MaxValue;
    }

    private static int SizeFor(int length)
    {
        var size = MinimumSize;
        while (size < MaximumInitialSize && size * CharactersPerEntry < length) size *= 2;
        return size;
    }

    private void Grow() => Resize(_entries.Length * 2);

    private void Resize(int size)
    {
        var old = _entries;
        _entries = new string?[size];
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
