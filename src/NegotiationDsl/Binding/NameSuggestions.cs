using System;
using System.Collections.Generic;
using System.Threading;
using NegotiationDsl.Syntax.Parsing;

namespace NegotiationDsl.Binding;

/// <summary>
/// "Did you mean": the declared name closest to an unknown one, when it is close enough to be a likely typo
/// (case ignored, at most a third of its length apart; ties go to the first in ordinal order). A record can
/// hold any number of names of any length, so the search is bounded: a name longer than
/// <see cref="MaxNameLength"/> gets no suggestion, and among many names only those next to the unknown one
/// in spelling order, read forwards and read backwards, are compared (a typo leaves the start or the end of
/// a name as it was). Each lookup then costs a logarithm and a fixed number of bounded comparisons.
/// </summary>
internal sealed class NameSuggestions
{
    /// <summary>Longer names are not typed by hand, and their typos are not guessed at.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Farther from every name short enough to get a suggestion than any limit allows.</summary>
    private const int MaxCandidateLength = MaxNameLength + (MaxNameLength / 3);

    /// <summary>Up to this many names, every one is compared.</summary>
    private const int CompareAllUpTo = 64;

    /// <summary>Names compared on each side of the unknown one, in each of the two orders.</summary>
    private const int Neighbours = 16;

    private readonly Lazy<Index> _index;

    /// <param name="names">The declared names; read on the first lookup, when every name is declared.</param>
    public NameSuggestions(Func<IEnumerable<string>> names) =>
        _index = new Lazy<Index>(() => new Index(names()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The greatest distance, case ignored, at which <paramref name="name"/> may be a typo of another name.</summary>
    public static int LimitFor(string name) => Math.Max(1, name.Length / 3);

    /// <param name="name">The unknown name.</param>
    /// <param name="except">A name never to suggest (the asker's own).</param>
    public string? Suggest(string name, string? except = null)
    {
        if (name.Length > MaxNameLength) return null;
        var index = _index.Value;
        if (index.Count == 0) return null;

        var folded = name.ToLowerInvariant();
        var limit = LimitFor(name);
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in index.Near(folded))
        {
            var original = index.Original(candidate);
            if (original == except) continue;
            var bound = Math.Min(limit, bestDistance);
            var distance = string.Equals(original, name, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance.Within(folded, index.Folded(candidate), bound);
            if (distance > bound) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(original, best) < 0))
            {
                best = original;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The names sorted as typed and sorted read backwards (both case folded), built once.</summary>
    private sealed class Index
    {
        private readonly List<string> _originals = new();
        private readonly List<string> _folded = new();
        private readonly string[] _reversed;
        private readonly int[] _forwards;
        private readonly int[] _backwards;

        public Index(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (name.Length > MaxCandidateLength) continue;
                _originals.Add(name);
                _folded.Add(name.ToLowerInvariant());
            }

            _reversed = new string[_folded.Count];
            for (var i = 0; i < _folded.Count; i++) _reversed[i] = Reverse(_folded[i]);
            _forwards = Sorted(_folded);
            _backwards = Sorted(_reversed);
        }

        public int Count => _originals.Count;

        public string Original(int candidate) => _originals[candidate];

        public string Folded(int candidate) => _folded[candidate];

        /// <summary>Every name when there are few; else the neighbours of <paramref name="folded"/> in both orders (some twice).</summary>
        public IEnumerable<int> Near(string folded)
        {
            if (Count <= CompareAllUpTo)
            {
                for (var i = 0; i < Count; i++) yield return i;
                yield break;
            }

            foreach (var candidate in Window(_forwards, _folded, folded)) yield return candidate;
            foreach (var candidate in Window(_backwards, _reversed, Reverse(folded))) yield return candidate;
        }

        private static IEnumerable<int> Window(int[] order, IReadOnlyList<string> keys, string key)
        {
            // The first position whose key is not less than the unknown name's.
            int lower = 0, upper = order.Length;
            while (lower < upper)
            {
                var middle = lower + ((upper - lower) / 2);
                if (string.CompareOrdinal(keys[order[middle]], key) < 0) lower = middle + 1;
                else upper = middle;
            }

            var end = Math.Min(order.Length, lower + Neighbours);
            for (var i = Math.Max(0, lower - Neighbours); i < end; i++) yield return order[i];
        }

        private int[] Sorted(IReadOnlyList<string> keys)
        {
            var order = new int[keys.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                var byKey = string.CompareOrdinal(keys[a], keys[b]);
                return byKey != 0 ? byKey : string.CompareOrdinal(_originals[a], _originals[b]);
            });
            return order;
        }

        private static string Reverse(string text)
        {
            var characters = text.ToCharArray();
            Array.Reverse(characters);
            return new string(characters);
        }
    }
}
