using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>A statement that settles <see cref="Commitment"/>, and where it names it (no syntax: results keep none).</summary>
internal sealed record SettlementSite(StatementSymbol Event, StatementSymbol Commitment, Location Name);

/// <summary>
/// Settles each commitment from every event written about it, and gives each offer, proposal or demand the replies
/// written to it, in whichever folder of an archive: the events in
/// date order (undated last, ties as written), the first that settles it counts, and a later one that also does is
/// reported where it is written, as is a violation after it (violations never settle). Runs once the folders that write about the commitment are bound, and sets the
/// events of commitments bound in the same snapshot only (an archive rebinds a commitment's folder whenever an event
/// about it may have changed), so a commitment's events never change once it is published.
/// </summary>
internal static class CommitmentSettlement
{
    public static Dictionary<SyntaxTreeKey, List<Diagnostic>> Settle(IEnumerable<ImmutableArray<SettlementSite>> sitesByFolder)
    {
        var commitments = new List<StatementSymbol>();
        var sites = new List<SettlementSite>();
        var byCommitment = new Dictionary<StatementSymbol, List<int>>();
        foreach (var folder in sitesByFolder)
        {
            foreach (var site in folder)
            {
                if (!byCommitment.TryGetValue(site.Commitment, out var indexes))
                {
                    byCommitment[site.Commitment] = indexes = new List<int>();
                    commitments.Add(site.Commitment);
                }

                indexes.Add(sites.Count);
                sites.Add(site);
            }
        }

        var diagnostics = new Dictionary<SyntaxTreeKey, List<Diagnostic>>();
        foreach (var commitment in commitments)
        {
            var ordered = byCommitment[commitment];
            ordered.Sort((first, second) => CompareDates(sites, first, second));
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
                        Add(diagnostics, site, DiagnosticCatalog.ViolationAfterWithdrawal(site.Name, commitment.Name, date.ToString(), VerbPastTense(settled.Kind), Binder.Where(settled.Statement)));
                }
                else
                {
                    Add(diagnostics, site, DiagnosticCatalog.ConflictingEvents(site.Name, commitment.Name, VerbPastTense(statement.StatementKind), VerbPastTense(settled.Kind), Binder.Where(settled.Statement)));
                }
            }

            if (commitment is CommitmentSymbol madeCommitment) madeCommitment.Events = events.MoveToImmutable();
            else commitment.Replies = events.MoveToImmutable();
        }

        return diagnostics;
    }

    private static void Add(Dictionary<SyntaxTreeKey, List<Diagnostic>> diagnostics, SettlementSite site, Diagnostic diagnostic)
    {
        var key = new SyntaxTreeKey(site.Name.Text);
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
