using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

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
    private readonly List<SettlementSite> _events = new();
    private readonly Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan> _participantNames = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<CommitmentSymbol, ParticipantCover> _debtors = new();

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

    /// <summary>Runs every check of the folder and returns what they report (settling commitments is the archive's: <see cref="CommitmentSettlement"/>).</summary>
    public ImmutableArray<Diagnostic> Run()
    {
        CheckCommitmentEvents();
        CheckOverlappingMeetings();
        CheckUnusedUses();
        return _diagnostics.ToImmutableArray();
    }

    // The checks group and sort with dictionaries and index lists instead of LINQ: LINQ over the value tuples
    // here is generic code that ReadyToRun cannot prepare, JIT-compiled by every cold `negc check`.
    // Groups come in the order of their first item and sorts keep the recorded order of ties, as GroupBy
    // and OrderBy did.
    private void CheckCommitmentEvents()
    {
        foreach (var site in _events)
        {
            var (statement, subject) = (site.Event, site.Subject);
            if (subject is AgreementSymbol) continue;
            if (subject is MilestoneSymbol milestone)
            {
                CheckMilestoneRecord(statement, milestone, site.Name);
                continue;
            }

            if (subject is not CommitmentSymbol commitment)
            {
                CheckReply(statement, (StatementSymbol)subject, site.Name);
                continue;
            }

            var verb = CommitmentSettlement.VerbPastTense(statement.StatementKind);
            if (statement.Date is not { } date)
            {
                _diagnostics.Add(DiagnosticCatalog.EventWithoutDate(site.Name, commitment.Name, verb));
                continue;
            }

            if (commitment.Date is { } made && date.IsBefore(made) == Truth.True)
                _diagnostics.Add(DiagnosticCatalog.EventBeforeCommitment(site.Name, commitment.Name, verb, date.ToString(), made.ToString()));
            else CheckObligationKind(statement, commitment, site.Name, date);
            if (!statement.Actors.IsEmpty && !statement.Actors.Any(actor => DebtorsOf(commitment).Covers(actor) || DebtorsOf(commitment).IsCoveredBy(actor)))
                _diagnostics.Add(DiagnosticCatalog.WrongDebtor(site.Name, commitment.Name, verb, Binder.NamesOf(statement.Actors), Binder.NamesOf(commitment.Debtors)));
        }
    }

    /// <summary>A milestone cannot have happened before what it counts from.</summary>
    private void CheckMilestoneRecord(StatementSymbol record, MilestoneSymbol milestone, Location location)
    {
        if (record.StatementKind == StatementKind.Occurrence && record.Date is { } date && milestone.CountsFrom is { } from && date.IsBefore(from) == Truth.True)
            _diagnostics.Add(DiagnosticCatalog.MilestoneHappenedBeforeItsStart(location, milestone.Name, date.ToString(), from.ToString()));
    }

    /// <summary>A reply to an offer, proposal or demand cannot come before it was made.</summary>
    private void CheckReply(StatementSymbol reply, StatementSymbol target, Location location)
    {
        if (CommitmentSettlement.DateOf(reply) is { } date && target.Date is { } made && date.IsBefore(made) == Truth.True)
            _diagnostics.Add(DiagnosticCatalog.ReplyBeforeItWasMade(location, target.Name, Replies.PastTense(reply.StatementKind), date.ToString(), made.ToString()));
    }

    /// <summary>Only an achievement is fulfilled or broken; only a lasting obligation is violated, and within its period.</summary>
    private void CheckObligationKind(StatementSymbol statement, CommitmentSymbol commitment, Location location, DateInterval date)
    {
        var violation = statement.StatementKind == StatementKind.Violation;
        if (!commitment.Lasts)
        {
            if (violation) _diagnostics.Add(DiagnosticCatalog.ViolationOfAchievement(location, commitment.Name));
            return;
        }

        if (statement.StatementKind is StatementKind.Fulfilment or StatementKind.Breach)
        {
            _diagnostics.Add(DiagnosticCatalog.NotAnAchievement(location, commitment.Name, Obligations.Describe(commitment.Obligation), CommitmentSettlement.VerbPastTense(statement.StatementKind)));
            return;
        }

        if (!violation) return;
        var beforeStart = commitment.PeriodStart is { } start && date.IsBefore(start) == Truth.True;
        var afterEnd = commitment.Until is { } end && end.IsBefore(date) == Truth.True;
        if (beforeStart || afterEnd) _diagnostics.Add(DiagnosticCatalog.ViolationOutsidePeriod(location, commitment.Name, date.ToString(), Obligations.Period(commitment.PeriodStart, commitment.Until)));
    }

    private ParticipantCover DebtorsOf(CommitmentSymbol commitment)
    {
        if (!_debtors.TryGetValue(commitment, out var cover)) _debtors[commitment] = cover = new ParticipantCover(commitment.Debtors, _partyTree.Value, 4);
        return cover;
    }

    /// <summary>The events this folder writes, for the settlement of each commitment across the archive.</summary>
    public ImmutableArray<SettlementSite> Settlements() => _events.ToImmutableArray();

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
                _diagnostics.Add(DiagnosticCatalog.OverlappingMeetings(new Location(meeting.SyntaxTree.Text, _participantNames[(meeting, person)]), person.Name, meeting.Place,
                    meeting.Date!.Value.ToString(), places));
            });
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
                if (!used.Contains(use.Index)) _diagnostics.Add(DiagnosticCatalog.UnusedUse(use.Location, use.Written));
            }
        }
    }
}
