using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>
/// Gives an agreement its events and provisions from every folder that writes about it, in date order, and checks what
/// only that order tells: an event before the signing, entry into force before it, anything after the termination, an
/// extension once the term had ended, a resumption without a suspension, a provision due before the signing. Each
/// finding is reported where its statement is written.
/// </summary>
internal static class AgreementSettlement
{
    public static void Settle(AgreementSymbol agreement, IEnumerable<SettlementSite> ordered, Action<Location, Diagnostic> report)
    {
        var events = ImmutableArray.CreateBuilder<AgreementEvent>();
        var provisions = ImmutableArray.CreateBuilder<(CommitmentSymbol Commitment, Location Name)>();
        var eventSites = new List<SettlementSite>();
        foreach (var site in ordered)
        {
            if (site.Event is CommitmentSymbol provision && site.Event.Under == agreement) provisions.Add((provision, site.Name));
            else
            {
                events.Add(new AgreementEvent(site.Event.StatementKind, site.Event.Date, site.Event));
                eventSites.Add(site);
            }
        }

        var all = events.ToImmutable();
        var ends = AgreementTimeline.TermEnds(agreement, all);
        for (var i = 0; i < all.Length; i++) all[i].TermEnd = ends[i];
        agreement.Events = all;
        var provisionsOnly = ImmutableArray.CreateBuilder<CommitmentSymbol>(provisions.Count);
        foreach (var (commitment, _) in provisions) provisionsOnly.Add(commitment);
        agreement.Provisions = provisionsOnly.MoveToImmutable();

        var concluded = FirstConclusion(agreement.Events);
        CheckEvents(agreement, eventSites, concluded, report);
        if (concluded is not { } signed) return;
        foreach (var (commitment, name) in provisions)
        {
            if (commitment.Deadline is { } deadline && deadline.End < signed.Start)
                report(name, DiagnosticCatalog.ProvisionDueBeforeSigning(name, commitment.Name, deadline.ToString(), agreement.Name, signed.ToString()));
        }
    }

    private static DateInterval? FirstConclusion(ImmutableArray<AgreementEvent> events)
    {
        foreach (var item in events)
        {
            if (item.Kind is StatementKind.Signing or StatementKind.Adoption && item.Date is { } date) return date;
        }

        return null;
    }

    private static void CheckEvents(AgreementSymbol agreement, List<SettlementSite> sites, DateInterval? concluded, Action<Location, Diagnostic> report)
    {
        DateInterval? terminated = null;
        LocalDate? termEnd = null;
        var suspended = false;
        for (var i = 0; i < sites.Count; i++)
        {
            var statement = sites[i].Event;
            var kind = statement.StatementKind;
            var endBefore = termEnd;
            termEnd = agreement.Events[i].TermEnd;
            if (statement.Date is not { } date) continue;
            var at = sites[i].Name;
            var happened = Binder.Happened(kind);
            if (terminated is { } ended && date.Start > ended.End)
                report(at, DiagnosticCatalog.EventAfterTermination(at, agreement.Name, happened, date.ToString(), ended.ToString()));

            var signedAfter = concluded is { } signed && date.End < signed.Start;
            var since = concluded is { } signedOn ? " (" + signedOn.ToString() + ")" : "";
            if (kind == StatementKind.EntryIntoForce && signedAfter) report(at, DiagnosticCatalog.EntryIntoForceBeforeSigning(at, agreement.Name, date.ToString(), since));
            else if (signedAfter && IsAfterConclusion(kind)) report(at, DiagnosticCatalog.EventBeforeSigning(at, agreement.Name, happened, date.ToString(), since));

            switch (kind)
            {
                case StatementKind.Extension or StatementKind.Renewal when endBefore is { } end && date.Start > end:
                    report(at, DiagnosticCatalog.ExtensionAfterExpiry(at, agreement.Name, happened, date.ToString(), DateInterval.Format(end)));
                    break;
                // Only `until` gives an end without one to count from; before the signing NEG5006 says more.
                case StatementKind.Extension or StatementKind.Renewal when endBefore is null && statement.Until is null && !signedAfter && concluded is not null:
                    report(at, DiagnosticCatalog.ExtensionWithoutTermEnd(at, agreement.Name, happened, date.ToString()));
                    break;
                case StatementKind.Suspension:
                    suspended = true;
                    break;
                case StatementKind.Resumption:
                    if (!suspended) report(at, DiagnosticCatalog.ResumptionWithoutSuspension(at, agreement.Name, date.ToString()));
                    suspended = false;
                    break;
                case StatementKind.Termination:
                    terminated ??= date;
                    break;
            }
        }
    }

    /// <summary>What only a concluded (signed or adopted) agreement can undergo.</summary>
    private static bool IsAfterConclusion(StatementKind kind) => kind is StatementKind.Ratification or StatementKind.Extension or StatementKind.Renewal
        or StatementKind.Suspension or StatementKind.Resumption or StatementKind.Termination;
}
