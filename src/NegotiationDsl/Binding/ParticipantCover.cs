using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>
/// Who speaks for a list of participants (a meeting's, or the debtors of a commitment). An actor speaks for a
/// participant when it is one, belongs to one (a person's party, a body's parent, a bloc's member, at any
/// depth), or is the party of a participating person. Built once per list and asked once per actor, each
/// answer a few binary searches over <see cref="PartyTree"/> ranges: a meeting of 30,000 participants with
/// 30,000 statements costs n log n, not a walk of every participant (and every chain of parties) per statement.
/// </summary>
internal sealed class ParticipantCover
{
    private readonly PartyTree _tree;
    private readonly HashSet<ActorSymbol> _direct;
    private readonly Dictionary<ActorSymbol, bool> _covers = new();
    private readonly Dictionary<ActorSymbol, bool> _coveredBy = new();
    private readonly Lazy<Index> _index;

    /// <param name="participants">The participants (or debtors).</param>
    /// <param name="tree">The parties' forest.</param>
    /// <param name="askedAbout">About how many actors will be asked about (the statements of a meeting, the events of a commitment).</param>
    public ParticipantCover(ImmutableArray<ActorSymbol> participants, PartyTree tree, int askedAbout)
    {
        _tree = tree;
        _direct = new HashSet<ActorSymbol>(participants);
        _index = new Lazy<Index>(() => new Index(_direct, tree, askedAbout), System.Threading.LazyThreadSafetyMode.None);
    }

    /// <summary>Does <paramref name="actor"/> speak for one of the participants?</summary>
    public bool Covers(ActorSymbol actor)
    {
        if (_direct.Contains(actor)) return true;
        if (_covers.TryGetValue(actor, out var known)) return known;
        var index = _index.Value;
        var covers = BelongsToAParticipatingParty(actor, index) ||
            (actor is PartySymbol party && _tree.Covered(party).ContainsAnyOf(index.PersonStarts));
        _covers[actor] = covers;
        return covers;
    }

    /// <summary>Does one of the participants speak for <paramref name="actor"/> (were <paramref name="actor"/> the only participant)?</summary>
    public bool IsCoveredBy(ActorSymbol actor)
    {
        if (_direct.Contains(actor)) return true;
        if (_coveredBy.TryGetValue(actor, out var known)) return known;
        var index = _index.Value;
        var covered = actor switch
        {
            PartySymbol party => _tree.Covered(party).ContainsAnyOf(index.AllStarts),
            PersonSymbol => BelongsToAParticipatingParty(actor, index),
            _ => false,
        };
        _coveredBy[actor] = covered;
        return covered;
    }

    private bool BelongsToAParticipatingParty(ActorSymbol actor, Index index)
    {
        foreach (var start in PartyTree.Starts(actor))
        {
            var number = _tree.Enter(start);
            if (index.PartyRanges.Contains(number)) return true;
            foreach (var party in index.ProbedParties)
            {
                if (_tree.Covered(party).Contains(number)) return true;
            }
        }

        return false;
    }

    /// <summary>Made on the first actor that is not itself a participant.</summary>
    private sealed class Index
    {
        public Index(HashSet<ActorSymbol> participants, PartyTree tree, int askedAbout)
        {
            var parties = new List<PartySymbol>();
            var personStarts = new List<int>();
            var allStarts = new List<int>();
            long covered = 0;
            foreach (var participant in participants)
            {
                if (participant is PartySymbol party)
                {
                    parties.Add(party);
                    covered += tree.Covered(party).Count;
                }

                foreach (var start in PartyTree.Starts(participant))
                {
                    allStarts.Add(tree.Enter(start));
                    if (participant is PersonSymbol) personStarts.Add(tree.Enter(start));
                }
            }

            // Merging every party's ranges (a bloc's are one per member) costs their number; probing each party for each
            // actor asked about costs parties times actors. The cheaper one: a bloc of 10,000 members named in 10,000
            // meetings with one statement each is probed, a meeting of 30,000 parties and 30,000 statements merged.
            var ranges = new PartyTree.RangeList();
            if (covered <= (long)Math.Max(1, askedAbout) * parties.Count)
            {
                foreach (var party in parties) ranges.Add(tree.Covered(party));
                ProbedParties = Array.Empty<PartySymbol>();
            }
            else
            {
                ProbedParties = parties.ToArray();
            }

            PartyRanges = ranges.Merge();
            PersonStarts = personStarts.ToArray();
            Array.Sort(PersonStarts);
            AllStarts = allStarts.ToArray();
            Array.Sort(AllStarts);
        }

        /// <summary>Every party the participating parties stand for, merged (or nothing, when they are probed one by one).</summary>
        public PartyTree.Ranges PartyRanges { get; }

        /// <summary>The participating parties, when probing each is cheaper than merging their ranges.</summary>
        public PartySymbol[] ProbedParties { get; }

        /// <summary>Where the participating persons start from, sorted.</summary>
        public int[] PersonStarts { get; }

        /// <summary>Where every participant starts from, sorted.</summary>
        public int[] AllStarts { get; }
    }
}
