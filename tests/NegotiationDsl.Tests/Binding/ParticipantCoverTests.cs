using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Who speaks for a meeting's participants or a commitment's debtors, by ranges of the party forest, against the
/// plain definition (walk every participant and every chain of parents) on random parties, blocs and persons.
/// </summary>
public sealed class ParticipantCoverTests
{
    [Fact]
    public void A_body_deep_below_a_participating_party_speaks_for_it()
    {
        var chain = string.Concat(Enumerable.Range(1, 2_000).Select(i => "party P" + Number(i) + " of P" + Number(i - 1) + ";\n"));
        var text = "party P0;\n" + chain + "meeting Geneva 2022-01-21 with P0 <\n" + string.Concat(Enumerable.Repeat("  P2000 says \"x\";\n", 2_000)) + ">\n";

        Assert.DoesNotContain(Compile(text).GetDiagnostics(), d => d.Code == "NEG2007");
    }

    [Fact]
    public void Agrees_with_walking_every_participant_on_random_records()
    {
        var genRecord = Gen.Select(Gen.Int[2, 12].Array[1, 30], Gen.Int[0, 20].Array[0, 12], Gen.Int[0, 1_000_000]);
        genRecord.Sample((parents, participantPicks, seed) =>
        {
            var compilation = Compile(RandomRecord(parents, seed));
            var actors = compilation.Actors.ToList();
            var parties = actors.OfType<PartySymbol>().ToList();
            var tree = new PartyTree(parties);
            var participants = participantPicks.Select(pick => actors[pick % actors.Count]).ToImmutableArray();
            // Few actors asked about: the parties are probed one by one; many: their ranges are merged. Both must agree.
            var cover = new ParticipantCover(participants, tree, askedAbout: seed % 2 == 0 ? 1 : 1_000);
            foreach (var actor in actors)
            {
                if (cover.Covers(actor) != NaiveCovers(actor, participants))
                    throw new InvalidOperationException($"Covers({actor.Name}) among [{string.Join(", ", participants.Select(p => p.Name))}]");
                var coveredBy = participants.Any(participant => NaiveCovers(participant, ImmutableArray.Create(actor)));
                if (cover.IsCoveredBy(actor) != coveredBy)
                    throw new InvalidOperationException($"IsCoveredBy({actor.Name}) among [{string.Join(", ", participants.Select(p => p.Name))}]");
            }
        }, iter: 300);
    }

    /// <summary>Parties with random parents (cycles included: the binder cuts them), random blocs, persons with offices and affiliations.</summary>
    private static string RandomRecord(int[] parents, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var count = parents.Length;
        for (var i = 0; i < count; i++)
        {
            text.Append("party A").Append(Number(i));
            if (random.Next(3) > 0) text.Append(" of A").Append(Number(parents[i] % count));
            if (random.Next(4) == 0)
                text.Append(" members ").Append(string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => "A" + Number(random.Next(count)))));
            text.Append(";\n");
        }

        for (var i = 0; i < count / 2 + 1; i++)
        {
            text.Append("person B").Append(Number(i));
            if (random.Next(2) == 0) text.Append(" of A").Append(Number(random.Next(count)));
            for (var office = random.Next(3); office > 0; office--) text.Append(" office \"o\" of A").Append(Number(random.Next(count)));
            text.Append(";\n");
        }

        return text.ToString();
    }

    /// <summary>The definition: one of the participants, belongs to one (up any chain of parents, through a bloc's members), or the party of a participating person.</summary>
    private static bool NaiveCovers(ActorSymbol actor, ImmutableArray<ActorSymbol> participants)
    {
        foreach (var participant in participants)
        {
            if (participant == actor) return true;
            if (participant is PartySymbol party && BelongsTo(actor, party)) return true;
            if (participant is PersonSymbol person && actor is PartySymbol speakerParty && BelongsTo(person, speakerParty)) return true;
        }

        return false;
    }

    private static bool BelongsTo(ActorSymbol actor, PartySymbol party)
    {
        IEnumerable<PartySymbol?> starts = actor switch
        {
            PersonSymbol person => person.Offices.Select(office => office.Party).Append(person.Affiliation),
            PartySymbol self => new PartySymbol?[] { self },
            _ => Enumerable.Empty<PartySymbol?>(),
        };
        foreach (var start in starts)
        {
            for (var current = start; current is not null; current = current.Parent)
            {
                if (current == party || party.Members.Contains(current)) return true;
            }
        }

        return false;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
