using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The checks that need the whole compilation bound: commitment events, meeting overlaps, unused names. They
/// read the declarations, the files' tables and what each pass returned, and report in the order of those passes.
/// </summary>
internal sealed class CompilationChecks
{
    private readonly BindingScope _scope;
    private readonly IReadOnlyDictionary<SyntaxTree, TreeBinding> _byTree;
    private readonly Lazy<PartyTree> _partyTree;
    private readonly List<CommitmentEventSite> _events = new();
    private readonly Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), NameSyntax> _participantNames = new();
    private readonly List<Diagnostic> _diagnostics = new();

    public CompilationChecks(BindingScope scope, IReadOnlyDictionary<SyntaxTree, TreeBinding> byTree, Lazy<PartyTree> partyTree,
        ImmutableArray<FileBindingResult> passes)
    {
        _scope = scope;
        _byTree = byTree;
        _partyTree = partyTree;
        foreach (var pass in passes)
        {
            _events.AddRange(pass.Events);
            // Each meeting is in one file, so no two passes name the same pair.
            foreach (var participant in pass.ParticipantNames) _participantNames[participant.Key] = participant.Value;
        }
    }

    /// <summary>Runs every check (setting each commitment's events) and returns what they report.</summary>
    public ImmutableArray<Diagnostic> Run()
    {
        CheckCommitmentEvents();
        CheckOverlappingMeetings();
        CheckUnusedDeclarations();
        CheckUnusedUses();
        return _diagnostics.ToImmutableArray();
    }

    // The checks group and sort with dictionaries and index lists instead of LINQ: LINQ over the value tuples
    // here is generic code that ReadyToRun cannot prepare, JIT-compiled by every cold `negc check`.
    // Groups come in the order of their first item and sorts keep the recorded order of ties, as GroupBy
    // and OrderBy did.
    private void CheckCommitmentEvents()
    {
        var commitments = new List<CommitmentSymbol>();
        var eventsByCommitment = new Dictionary<CommitmentSymbol, List<int>>();
        for (var i = 0; i < _events.Count; i++)
        {
            var key = _events[i].Commitment;
            if (!eventsByCommitment.TryGetValue(key, out var indexes))
            {
                eventsByCommitment[key] = indexes = new List<int>();
                commitments.Add(key);
            }

            indexes.Add(i);
        }

        foreach (var commitment in commitments)
        {
            // Events in date order; undated ones last (they are reported and cannot settle anything).
            var ordered = eventsByCommitment[commitment];
            var debtors = new ParticipantCover(commitment.Debtors, _partyTree.Value, ordered.Count);
            ordered.Sort(CompareEventDates);
            var events = ImmutableArray.CreateBuilder<CommitmentEvent>();
            CommitmentEvent? settled = null;
            foreach (var index in ordered)
            {
                var (statement, _, tree, name) = _events[index];
                var verb = VerbPastTense(statement.StatementKind);
                var commitmentEvent = new CommitmentEvent(statement.StatementKind, statement.Date, statement);
                events.Add(commitmentEvent);
                if (statement.Date is not { } date)
                {
                    _diagnostics.Add(DiagnosticCatalog.EventWithoutDate(Binder.At(tree, name), commitment.Name, verb));
                    continue;
                }

                if (commitment.Date is { } made && date.IsBefore(made) == Truth.True)
                    _diagnostics.Add(DiagnosticCatalog.EventBeforeCommitment(Binder.At(tree, name), commitment.Name, verb, date.ToString(), made.ToString()));

                if (settled is not null)
                {
                    _diagnostics.Add(DiagnosticCatalog.ConflictingEvents(Binder.At(tree, name), commitment.Name, verb, VerbPastTense(settled.Kind), Binder.Where(settled.Statement)));
                }
                else
                {
                    settled = commitmentEvent;
                }

                if (!statement.Actors.IsEmpty && !statement.Actors.Any(actor => debtors.Covers(actor) || debtors.IsCoveredBy(actor)))
                    _diagnostics.Add(DiagnosticCatalog.WrongDebtor(Binder.At(tree, name), commitment.Name, verb, Binder.NamesOf(statement.Actors), Binder.NamesOf(commitment.Debtors)));
            }

            commitment.Events = events.ToImmutable();
        }
    }

    /// <summary>Dated events first, by their first day; undated ones after them; ties in recorded order.</summary>
    private int CompareEventDates(int first, int second)
    {
        var firstDate = _events[first].Event.Date;
        var secondDate = _events[second].Event.Date;
        if (firstDate is null != secondDate is null) return firstDate is null ? 1 : -1;
        var byDay = firstDate is { } a && secondDate is { } b ? a.Start.CompareTo(b.Start) : 0;
        return byDay != 0 ? byDay : first.CompareTo(second);
    }

    private static string VerbPastTense(StatementKind kind) => Verbs.Of(kind).Settled ?? "withdrawn";

    /// <summary>A person cannot be in two places at once: meetings known to the day that overlap, at different places; one warning per meeting.</summary>
    private void CheckOverlappingMeetings()
    {
        var persons = new List<PersonSymbol>();
        var meetingsByPerson = new Dictionary<PersonSymbol, List<MeetingSymbol>>();
        foreach (var participant in _participantNames)
        {
            var (meeting, person) = participant.Key;
            if (!meetingsByPerson.TryGetValue(person, out var attended))
            {
                meetingsByPerson[person] = attended = new List<MeetingSymbol>();
                persons.Add(person);
            }

            if (meeting.Date is { Precision: DatePrecision.Day }) attended.Add(meeting);
        }

        foreach (var person in persons)
        {
            MeetingClashes.Find(meetingsByPerson[person], (meeting, others, otherPlaces) =>
            {
                var places = DiagnosticCatalog.ListSome(others.Select(other => other.Place + " (" + other.Date!.Value.ToString() + ")"), otherPlaces, more: "more places");
                _diagnostics.Add(DiagnosticCatalog.OverlappingMeetings(Binder.At(meeting.SyntaxTree, _participantNames[(meeting, person)]), person.Name, meeting.Place,
                    meeting.Date!.Value.ToString(), places));
            });
        }
    }

    private void CheckUnusedDeclarations()
    {
        var used = new HashSet<Symbol>();
        foreach (var binding in _byTree.Values) used.UnionWith(binding.References.Values);
        foreach (var declarations in _scope.Declarations)
        {
            foreach (var actor in declarations.Actors)
            {
                if (!used.Contains(actor)) _diagnostics.Add(DiagnosticCatalog.UnusedDeclaration(actor.Location, actor.Name));
            }
        }
    }

    /// <summary>A use nothing in its file is found through is a dependency the file does not have.</summary>
    private void CheckUnusedUses()
    {
        foreach (var tree in _scope.Trees)
        {
            var used = _byTree[tree].UsedImports;
            foreach (var use in _scope.Layout.UsesOf(tree))
            {
                if (!used.Contains(use.Index)) _diagnostics.Add(DiagnosticCatalog.UnusedUse(Binder.At(tree, use.Syntax), use.Written));
            }
        }
    }
}
