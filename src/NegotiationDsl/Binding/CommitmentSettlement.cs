using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Dates;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// Settles each commitment from every event written about it, gives each offer, proposal or demand the replies
/// written to it, and each agreement its events and provisions (<see cref="AgreementSettlement"/>), in whichever
/// folder of an archive: the events in
/// date order (undated last, ties as written), the first that settles it counts, and a later one that also does is
/// reported where it is written, as is a violation after it (violations never settle). Runs once the folders that write about the commitment are bound, and sets the
/// events of commitments bound in the same snapshot only (an archive rebinds a commitment's folder whenever an event
/// about it may have changed), so a commitment's events never change once it is published.
/// </summary>
internal static class CommitmentSettlement
{
    public static Dictionary<SyntaxTreeKey, List<Diagnostic>> Settle(IEnumerable<ImmutableArray<SettlementSite>> sitesByFolder)
    {
        var subjects = new List<Symbol>();
        var sites = new List<SettlementSite>();
        var bySubject = new Dictionary<Symbol, List<int>>();
        foreach (var folder in sitesByFolder)
        {
            foreach (var site in folder)
            {
                if (!bySubject.TryGetValue(site.Subject, out var indexes))
                {
                    bySubject[site.Subject] = indexes = new List<int>();
                    subjects.Add(site.Subject);
                }

                indexes.Add(sites.Count);
                sites.Add(site);
            }
        }

        var diagnostics = new Dictionary<SyntaxTreeKey, List<Diagnostic>>();
        foreach (var subject in subjects)
        {
            var ordered = bySubject[subject];
            ordered.Sort((first, second) => CompareDates(sites, first, second));
            if (subject is AgreementSymbol agreement)
            {
                AgreementSettlement.Settle(agreement, ordered.Select(index => sites[index]), (location, diagnostic) => AddTo(diagnostics, location, diagnostic));
                continue;
            }

            if (subject is MilestoneSymbol milestone)
            {
                SettleMilestone(milestone, ordered.Select(index => sites[index]), diagnostics);
                continue;
            }

            // A commitment, or an offer, proposal or demand whose replies these are.
            var commitment = (StatementSymbol)subject;
            var events = ImmutableArray.CreateBuilder<CommitmentEvent>(ordered.Count);
            CommitmentEvent? settled = null;
            foreach (var index in ordered)
            {
                var site = sites[index];
                var statement = site.Event;
                var commitmentEvent = new CommitmentEvent(statement.StatementKind, DateOf(statement), statement);
                events.Add(commitmentEvent);
                if (commitment is not CommitmentSymbol || commitmentEvent.Date is not { } date) continue;
                var violation = statement.StatementKind == StatementKind.Violation;
                if (settled is null)
                {
                    if (!violation) settled = commitmentEvent;
                }
                else if (violation)
                {
                    // A lasting obligation stays in force through its violations, not after a withdrawal or breach.
                    if (settled.Date is { } ended && ended.IsBefore(date) == Truth.True)
                        AddTo(diagnostics, site.Name, DiagnosticCatalog.ViolationAfterWithdrawal(site.Name, commitment.Name, date.ToString(), VerbPastTense(settled.Kind), settled.Statement.Location));
                }
                else
                {
                    AddTo(diagnostics, site.Name, DiagnosticCatalog.ConflictingEvents(site.Name, commitment.Name, VerbPastTense(statement.StatementKind), VerbPastTense(settled.Kind), settled.Statement.Location));
                }
            }

            if (commitment is CommitmentSymbol madeCommitment) madeCommitment.Events = events.MoveToImmutable();
            else commitment.Replies = events.MoveToImmutable();
        }

        // Once every subject has its events: a milestone counted from something that did not happen.
        foreach (var subject in subjects)
        {
            if (subject is MilestoneSymbol counted && CountedFromWhatDidNotHappen(counted) is { } ended)
            {
                var site = sites[bySubject[subject].First(index => sites[index].Event == counted)];
                AddTo(diagnostics, site.Name, DiagnosticCatalog.MilestoneCountsFromWhatDidNotHappen(
                    site.Name, counted.Name, counted.AfterSymbol!.Name, ended.Kind == StatementKind.NonOccurrence ? "did not happen" : "was " + VerbPastTense(ended.Kind), ended.Statement.Location));
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// A milestone's records in date order (the first that says it happened, or not, counts; a later one is reported), and
    /// the declaration itself when it is counted from a statement (so the check below sees it).
    /// </summary>
    private static void SettleMilestone(MilestoneSymbol milestone, IEnumerable<SettlementSite> ordered, Dictionary<SyntaxTreeKey, List<Diagnostic>> diagnostics)
    {
        var records = ImmutableArray.CreateBuilder<CommitmentEvent>();
        foreach (var site in ordered)
        {
            if (site.Event == milestone) continue;
            var record = new CommitmentEvent(site.Event.StatementKind, DateOf(site.Event), site.Event);
            if (records.Count > 0)
            {
                var first = records[0];
                AddTo(diagnostics, site.Name, DiagnosticCatalog.MilestoneRecordedTwice(site.Name, milestone.Name, VerbPastTense(record.Kind), VerbPastTense(first.Kind), first.Statement.Location));
            }

            records.Add(record);
        }

        milestone.Records = records.ToImmutable();
    }

    /// <summary>The record that what a milestone counts from did not happen: another milestone that did not, or a commitment broken or withdrawn.</summary>
    private static CommitmentEvent? CountedFromWhatDidNotHappen(MilestoneSymbol milestone) => milestone.AfterSymbol switch
    {
        MilestoneSymbol anchor => anchor.Records.FirstOrDefault() is { Kind: StatementKind.NonOccurrence } record ? record : null,
        CommitmentSymbol commitment => commitment.Events.FirstOrDefault(item => item.Kind != StatementKind.Violation) is { Kind: StatementKind.Breach or StatementKind.Withdrawal } ended ? ended : null,
        _ => null,
    };

    /// <summary>A diagnostic for the folder whose file <paramref name="location"/> is in.</summary>
    private static void AddTo(Dictionary<SyntaxTreeKey, List<Diagnostic>> diagnostics, Location location, Diagnostic diagnostic)
    {
        var key = new SyntaxTreeKey(location.Text);
        if (!diagnostics.TryGetValue(key, out var list)) diagnostics[key] = list = new List<Diagnostic>();
        list.Add(diagnostic);
    }

    public static string VerbPastTense(StatementKind kind) => Verbs.Of(kind).Settled ?? "withdrawn";

    /// <summary>When an event happened: its own date, else (an act inside reported speech) the report's.</summary>
    public static DateInterval? DateOf(StatementSymbol statement) => statement.Date ?? statement.ReportedIn?.Date;

    /// <summary>Dated events first, by their first day; undated ones after them; ties in recorded order.</summary>
    private static int CompareDates(List<SettlementSite> sites, int first, int second)
    {
        var firstDate = DateOf(sites[first].Event);
        var secondDate = DateOf(sites[second].Event);
        if (firstDate is null != secondDate is null) return firstDate is null ? 1 : -1;
        var byDay = firstDate is { } a && secondDate is { } b ? a.Start.CompareTo(b.Start) : 0;
        return byDay != 0 ? byDay : first.CompareTo(second);
    }
}

/// <summary>A file's text as a key: settlement diagnostics are handed to the folder whose file they are in.</summary>
internal readonly record struct SyntaxTreeKey(Text.SourceText? Text);
