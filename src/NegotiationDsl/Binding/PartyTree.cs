using System.Collections.Generic;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>
/// The parties as a forest of <c>of</c> links (acyclic once the binder has cut every cycle), numbered in one
/// depth-first walk: the parties below a party are the numbers from its own up to its end. "Does X lie below
/// Y" is then two comparisons however long the chain between them, and the parties a set of parties stands
/// for (each with everything below it) are a few sorted ranges that a binary search answers.
/// </summary>
internal sealed class PartyTree
{
    private readonly Dictionary<PartySymbol, int> _enter = new();
    private readonly Dictionary<PartySymbol, int> _exit = new();
    private readonly Dictionary<PartySymbol, Ranges> _withMembers = new();

    public PartyTree(IEnumerable<PartySymbol> parties)
    {
        var all = new List<PartySymbol>(parties);
        var children = new Dictionary<PartySymbol, List<PartySymbol>>();
        foreach (var party in all)
        {
            if (party.Parent is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = new List<PartySymbol>();
            list.Add(party);
        }

        // Depth-first with a stack of our own: a chain of 100,000 'of' clauses must not overflow the thread's. Two
        // lists rather than one of tuples: generic code over our structs is JIT-compiled at every cold start.
        var next = 0;
        var path = new List<PartySymbol>();
        var nextChild = new List<int>();
        foreach (var root in all)
        {
            if (root.Parent is not null || _enter.ContainsKey(root)) continue;
            _enter[root] = next++;
            path.Add(root);
            nextChild.Add(0);
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var party = path[top];
                var child = nextChild[top];
                if (children.TryGetValue(party, out var below) && child < below.Count)
                {
                    nextChild[top] = child + 1;
                    _enter[below[child]] = next++;
                    path.Add(below[child]);
                    nextChild.Add(0);
                }
                else
                {
                    _exit[party] = next;
                    path.RemoveAt(top);
                    nextChild.RemoveAt(top);
                }
            }
        }

        foreach (var party in all)
        {
            if (party.Members.IsEmpty || _withMembers.ContainsKey(party)) continue;
            var ranges = new RangeList();
            ranges.Add(this, party);
            foreach (var member in party.Members) ranges.Add(this, member);
            _withMembers[party] = ranges.Merge();
        }
    }

    /// <summary>The party's number in the walk (-1 for a party the walk never reached, which cannot happen).</summary>
    public int Enter(PartySymbol party) => _enter.TryGetValue(party, out var number) ? number : -1;

    private int Exit(PartySymbol party) => _exit.TryGetValue(party, out var number) ? number : -1;

    /// <summary>
    /// The parties <paramref name="party"/> stands for: itself, its members, and everything below them. An actor
    /// belongs to <paramref name="party"/> when a party it starts from (<see cref="Starts"/>) lies in these ranges.
    /// </summary>
    public Ranges Covered(PartySymbol party)
    {
        if (_withMembers.TryGetValue(party, out var ranges)) return ranges;
        var own = new RangeList();
        own.Add(this, party);
        return own.Merge();
    }

    /// <summary>The parties an actor starts from when it belongs to others: a person's offices and affiliation, a party itself.</summary>
    public static IEnumerable<PartySymbol> Starts(ActorSymbol actor)
    {
        switch (actor)
        {
            case PartySymbol party:
                yield return party;
                break;
            case PersonSymbol person:
                foreach (var office in person.Offices)
                {
                    if (office.Party is { } officeParty) yield return officeParty;
                }

                if (person.Affiliation is { } affiliation) yield return affiliation;
                break;
        }
    }

    /// <summary>Ranges being collected; <see cref="Merge"/> makes them disjoint and sorted.</summary>
    internal sealed class RangeList
    {
        // A range as one number, start before end, so that a plain sort orders them by start, the widest first.
        private readonly List<long> _keys = new();

        public void Add(PartyTree tree, PartySymbol party) => Add(tree.Enter(party), tree.Exit(party));

        public void Add(Ranges ranges)
        {
            for (var i = 0; i < ranges.Count; i++) Add(ranges.Start(i), ranges.End(i));
        }

        private void Add(int start, int end)
        {
            if (start < end) _keys.Add(((long)start << 32) | (uint)(int.MaxValue - end));
        }

        /// <summary>The union: ranges of a forest walk are nested or apart.</summary>
        public Ranges Merge()
        {
            _keys.Sort();
            var starts = new List<int>();
            var ends = new List<int>();
            foreach (var key in _keys)
            {
                var start = (int)(key >> 32);
                var end = int.MaxValue - (int)(uint)key;
                if (ends.Count > 0 && start < ends[ends.Count - 1])
                {
                    if (end > ends[ends.Count - 1]) ends[ends.Count - 1] = end;
                    continue;
                }

                starts.Add(start);
                ends.Add(end);
            }

            return new Ranges(starts.ToArray(), ends.ToArray());
        }
    }

    /// <summary>Disjoint half-open ranges of walk numbers, sorted.</summary>
    internal sealed class Ranges
    {
        private readonly int[] _starts;
        private readonly int[] _ends;

        internal Ranges(int[] starts, int[] ends)
        {
            _starts = starts;
            _ends = ends;
        }

        public int Count => _starts.Length;

        public int Start(int index) => _starts[index];

        public int End(int index) => _ends[index];

        public bool Contains(int number)
        {
            // The last range that starts at or before the number.
            int lower = 0, upper = _starts.Length;
            while (lower < upper)
            {
                var middle = lower + ((upper - lower) / 2);
                if (_starts[middle] <= number) lower = middle + 1;
                else upper = middle;
            }

            return lower > 0 && number < _ends[lower - 1];
        }

        /// <summary>Does one of these ranges hold one of the sorted <paramref name="numbers"/>? Searches from the smaller side.</summary>
        public bool ContainsAnyOf(int[] numbers)
        {
            if (numbers.Length < _starts.Length)
            {
                foreach (var number in numbers)
                {
                    if (Contains(number)) return true;
                }

                return false;
            }

            for (var i = 0; i < _starts.Length; i++)
            {
                // The first number at or after the range's start.
                int lower = 0, upper = numbers.Length;
                while (lower < upper)
                {
                    var middle = lower + ((upper - lower) / 2);
                    if (numbers[middle] < _starts[i]) lower = middle + 1;
                    else upper = middle;
                }

                if (lower < numbers.Length && numbers[lower] < _ends[i]) return true;
            }

            return false;
        }
    }
}
