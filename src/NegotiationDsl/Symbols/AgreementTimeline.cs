using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>
/// The one reading of an agreement's events, for its dates and its state on a day (status, reports, hover and JSON all
/// ask here, and the checks of the settlement read its ends of term; the state itself is
/// <see cref="NegotiationDsl.Model.AgreementStateRules"/>, which generated models share). The events count in date order: the first signing
/// or adoption concludes it; the term runs from entry into force, else from that conclusion; an extension or renewal
/// moves the term's end (<c>until</c> a day, or <c>for</c> a length from the old end; a renewal without either adds
/// another term); a suspension holds until a resumption; a termination ends it. The end of term is the last day in
/// force: the day after, it has expired.
/// </summary>
internal static class AgreementTimeline
{
    public static AgreementDates Evaluate(AgreementSymbol agreement, LocalDate? asOf)
    {
        var walk = new Walk();
        foreach (var item in agreement.Events)
        {
            if (item.Date is not { } date) continue;
            if (asOf is { } day && date.Start > day) break;
            walk.Step(agreement, item, date);
        }

        // The state is the generated models' rule, fed with the end of term each event left (set when the events were ordered).
        var state = NegotiationDsl.Model.AgreementStateRules.Evaluate(
            agreement.Events.Select(item => (item.Kind, StatementSymbol.Days(item.Date), item.TermEnd is { } end ? StatementSymbol.DayNumber(end) : (int?)null)),
            asOf is { } today ? StatementSymbol.DayNumber(today) : null);
        return new AgreementDates(state, walk.Signed, walk.InForce, walk.TermStart, walk.TermEnd, walk.Suspended, walk.Terminated);
    }

    /// <summary>The end of term as each event leaves it, for events in date order (an undated event leaves it as it was).</summary>
    public static ImmutableArray<LocalDate?> TermEnds(AgreementSymbol agreement, ImmutableArray<AgreementEvent> events)
    {
        var walk = new Walk();
        var ends = ImmutableArray.CreateBuilder<LocalDate?>(events.Length);
        foreach (var item in events)
        {
            if (item.Date is { } date) walk.Step(agreement, item, date);
            ends.Add(walk.TermEnd);
        }

        return ends.MoveToImmutable();
    }

    /// <summary>What the events so far say.</summary>
    private struct Walk
    {
        public DateInterval? Signed, InForce, Suspended, Terminated;
        public LocalDate? TermStart, TermEnd;

        public void Step(AgreementSymbol agreement, AgreementEvent item, DateInterval date)
        {
            switch (item.Kind)
            {
                case StatementKind.Signing or StatementKind.Adoption when Signed is null:
                    Signed = date;
                    if (InForce is null) Start(agreement, date.Start);
                    break;
                case StatementKind.EntryIntoForce when InForce is null:
                    InForce = date;
                    Start(agreement, date.Start);
                    break;
                case StatementKind.Extension or StatementKind.Renewal:
                    if (item.Until is { } until) TermEnd = until.End;
                    else if (item.Length is { } length && TermEnd is { } end) TermEnd = length.After(end);
                    else if (item.Kind == StatementKind.Renewal && agreement.Term is { } term && TermEnd is { } previous) TermEnd = term.After(previous);
                    break;
                case StatementKind.Suspension:
                    Suspended ??= date;
                    break;
                case StatementKind.Resumption:
                    Suspended = null;
                    break;
                case StatementKind.Termination when Terminated is null:
                    Terminated = date;
                    break;
            }
        }

        private void Start(AgreementSymbol agreement, LocalDate day)
        {
            TermStart = day;
            TermEnd = agreement.Term is { } term ? term.After(day) : null;
        }
    }
}
