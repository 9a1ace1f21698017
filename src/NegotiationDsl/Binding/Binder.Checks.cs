using System;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>Checks that need the whole compilation bound: commitment events, meeting overlaps, unused names.</summary>
internal sealed partial class Binder
{
    private void CheckCommitmentEvents()
    {
        foreach (var group in _events.GroupBy(item => item.Commitment))
        {
            var commitment = group.Key;
            // Events in date order; undated ones last (they are reported and cannot settle anything).
            var ordered = group.OrderBy(item => item.Event.Date is null ? 1 : 0).ThenBy(item => item.Event.Date?.Start).ToList();
            var events = ImmutableArray.CreateBuilder<CommitmentEvent>();
            CommitmentEvent? settled = null;
            foreach (var (statement, _, tree, name) in ordered)
            {
                var verb = VerbPastTense(statement.StatementKind);
                var commitmentEvent = new CommitmentEvent(statement.StatementKind, statement.Date, statement);
                events.Add(commitmentEvent);
                if (statement.Date is not { } date)
                {
                    Report(DiagnosticCatalog.EventWithoutDate(At(tree, name), commitment.Name, verb));
                    continue;
                }

                if (commitment.Date is { } made && date.IsBefore(made) == Truth.True)
                    Report(DiagnosticCatalog.EventBeforeCommitment(At(tree, name), commitment.Name, verb, date.ToString(), made.ToString()));

                if (settled is not null)
                {
                    Report(DiagnosticCatalog.ConflictingEvents(At(tree, name), commitment.Name, verb, VerbPastTense(settled.Kind), Where(settled.Statement)));
                }
                else
                {
                    settled = commitmentEvent;
                }

                if (!statement.Actors.IsEmpty && !statement.Actors.Any(actor => IsDebtorOrSpeaksForOne(actor, commitment)))
                    Report(DiagnosticCatalog.WrongDebtor(At(tree, name), commitment.Name, verb,
                        string.Join(", ", statement.Actors.Select(actor => actor.Name)), string.Join(", ", commitment.Debtors.Select(actor => actor.Name))));
            }

            commitment.Events = events.ToImmutable();
        }
    }

    private static bool IsDebtorOrSpeaksForOne(ActorSymbol actor, CommitmentSymbol commitment) =>
        commitment.Debtors.Contains(actor) || IsCoveredBy(actor, commitment.Debtors) || commitment.Debtors.Any(debtor => IsCoveredBy(debtor, ImmutableArray.Create(actor)));

    internal static string VerbPastTense(StatementKind kind) => kind switch
    {
        StatementKind.Fulfilment => "fulfilled",
        StatementKind.Breach => "broken",
        _ => "withdrawn",
    };

    /// <summary>A person cannot be in two places at once: meetings known to the day that overlap, at different places.</summary>
    private void CheckOverlappingMeetings()
    {
        var byPerson = _participantNames.Keys.GroupBy(key => key.Person);
        foreach (var group in byPerson)
        {
            var meetings = group.Select(key => key.Meeting)
                .Where(meeting => meeting.Date is { Precision: DatePrecision.Day })
                .OrderBy(meeting => meeting.Date!.Value.Start)
                .ToList();
            for (var i = 0; i < meetings.Count; i++)
            {
                for (var j = i + 1; j < meetings.Count; j++)
                {
                    var first = meetings[i];
                    var second = meetings[j];
                    if (second.Date!.Value.Start > first.Date!.Value.End) break;
                    if (string.Equals(first.Place, second.Place, StringComparison.OrdinalIgnoreCase)) continue;
                    if (!TimesCanOverlap(first, second)) continue;
                    var name = _participantNames[(second, group.Key)];
                    Report(DiagnosticCatalog.OverlappingMeetings(At(second.SyntaxTree, name), group.Key.Name, first.Place, second.Place,
                        first.Date.Value.ToString(), second.Date.Value.ToString()));
                }
            }
        }
    }

    /// <summary>On a single shared day, two meetings with known start times and durations overlap only if their hours do.</summary>
    private static bool TimesCanOverlap(MeetingSymbol first, MeetingSymbol second)
    {
        if (!first.Date!.Value.IsSingleDay || first.Date != second.Date) return true;
        if (first.LocalTime is not { } firstStart || second.LocalTime is not { } secondStart || first.Duration is not { } firstLength || second.Duration is not { } secondLength)
            return true;
        var firstEnd = firstStart.PlusTicks(firstLength.BclCompatibleTicks);
        var secondEnd = secondStart.PlusTicks(secondLength.BclCompatibleTicks);
        return firstStart < secondEnd && secondStart < firstEnd;
    }

    private void CheckUnusedDeclarations()
    {
        var used = _references.Values.ToImmutableHashSet();
        foreach (var actor in _actors.Values)
        {
            if (!used.Contains(actor)) Report(DiagnosticCatalog.UnusedDeclaration(actor.Location, actor.Name));
        }
    }
}
