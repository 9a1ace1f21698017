using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// Suggestions over a fixed table of names, remembered per word asked about. Every counted quantity asks whether
/// its noun (<c>prisoners</c>, <c>troops</c>) is a misspelt unit, and a corpus uses a few nouns over and over, so
/// the answer is worked out once per noun. The table never changes, so a remembered answer never goes stale; the
/// number remembered is bounded, as a language server sees every word a user types.
/// </summary>
internal sealed class RememberedSuggestions(NameSuggestions suggestions)
{
    public const int MaxRemembered = 1024;

    private readonly Dictionary<string, string?> _answers = new(System.StringComparer.Ordinal);

    /// <summary>How many answers are remembered; never more than <see cref="MaxRemembered"/>.</summary>
    public int Count
    {
        get
        {
            lock (_answers) return _answers.Count;
        }
    }

    public string? Suggest(string name)
    {
        lock (_answers)
        {
            if (_answers.TryGetValue(name, out var known)) return known;
        }

        var answer = suggestions.Suggest(name);
        lock (_answers)
        {
            if (_answers.Count < MaxRemembered) _answers[name] = answer;
        }

        return answer;
    }
}
