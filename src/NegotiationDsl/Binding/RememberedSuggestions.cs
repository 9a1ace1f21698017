using System.Collections.Concurrent;
using System.Threading;

namespace NegotiationDsl.Binding;

/// <summary>
/// Suggestions over a fixed table of names, remembered per word asked about. Every counted quantity asks whether
/// its noun (<c>prisoners</c>, <c>troops</c>) is a misspelt unit, and a corpus uses a few nouns over and over, so
/// the answer is worked out once per noun. The table never changes, so a remembered answer never goes stale; the
/// number remembered is bounded, as a language server sees every word a user types.
/// </summary>
/// <remarks>
/// Binding asks from several threads at once, so a known noun is read without a lock. The bound is kept by a
/// count of reserved places rather than the dictionary's own count, which takes every lock of the dictionary.
/// </remarks>
internal sealed class RememberedSuggestions(NameSuggestions suggestions)
{
    public const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<string, string?> _answers = new(System.StringComparer.Ordinal);

    private int _reserved;

    /// <summary>How many answers are remembered; never more than <see cref="MaxRemembered"/>.</summary>
    public int Count => _answers.Count;

    public string? Suggest(string name)
    {
        if (_answers.TryGetValue(name, out var known)) return known;

        var answer = suggestions.Suggest(name);
        if (Volatile.Read(ref _reserved) < MaxRemembered) Remember(name, answer);
        return answer;
    }

    private void Remember(string name, string? answer)
    {
        if (Interlocked.Increment(ref _reserved) > MaxRemembered || !_answers.TryAdd(name, answer)) Interlocked.Decrement(ref _reserved);
    }
}
