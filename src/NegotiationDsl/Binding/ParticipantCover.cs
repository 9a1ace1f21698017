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
    private readonly ImmutableArray<ActorSymbol> _participants;
    private readonly PartyTree _tree;
    private readonly HashSet<ActorSymbol> _direct;
    private readonly Dictionary<ActorSymbol, bool> _covers = new();
    private readonly Dictionary<ActorSymbol, bool> _coveredBy = new();
    private readonly Lazy<Index> _index;

    public ParticipantCover(ImmutableArray<ActorSymbol> participants, PartyTree tree)
    {
        _participants = participants;
        _tree = tree;
        _direct = new HashSet<ActorSymbol>(participants);
        _index = new Lazy<Index>(() => new Index(participants, tree), System.Threading.LazyThreadSafetyMode.None);
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

    public ImmutableArray<ActorSymbol> Participants => _participants;

    private bool BelongsToAParticipatingParty(ActorSymbol actor, Index index)
    {
        foreach (var start in PartyTree.Starts(actor))
        {
            if (index.PartyRanges.Contains(_tree.Enter(start))) return true;
        }

        return false;
    }

    /// <summary>Made on the first actor that is not itself a participant.</summary>
    private sealed class Index
    {
        public Index(ImmutableArray<ActorSymbol> participants, PartyTree tree)
        {
            var parties = new PartyTree.RangeList();
            var personStarts = new List<int>();
            var allStarts = new List<int>();
            foreach (var participant in participants)
            {
                if (participant is PartySymbol party) parties.Add(tree.Covered(party));
                foreach (var start in PartyTree.Starts(participant))
                {
                    allStarts.Add(tree.Enter(start));
                    if (participant is PersonSymbol) personStarts.Add(tree.Enter(start));
                }
            }

            PartyRanges = parties.Merge();
            PersonStarts = personStarts.ToArray();
            Array.Sort(PersonStarts);
            AllStarts = allStarts.ToArray();
            Array.Sort(AllStarts);
        }

        /// <summary>Every party the participating parties stand for.</summary>
        public PartyTree.Ranges PartyRanges { get; }

        /// <summary>Where the participating persons start from, sorted.</summary>
        public int[] PersonStarts { get; }

        /// <summary>Where every participant starts from, sorted.</summary>
        public int[] AllStarts { get; }
    }
}
