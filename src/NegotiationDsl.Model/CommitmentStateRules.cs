using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of a commitment's state on a day, shared by the compiler (negc status, reports, the
/// language server's hover) and by generated models. Dates are day numbers with their first and last day.
/// A commitment made after the day is not made yet; otherwise the earliest event on or before the day
/// decides; otherwise the deadline does (open before its period, due within it, overdue after it). Where a
/// date's precision cannot decide, or there is no day to evaluate on, the state is <see cref="CommitmentState.Unknown"/>.
/// A maintenance obligation or prohibition has no deadline: pending before its period, in force (kept) or violated
/// within it, ended after it; a withdrawal or breach ends it as it ends an achievement. Violations never settle.
/// </summary>
public static class CommitmentStateRules
{
    /// <param name="made">First and last day the commitment was made, or null when the records do not date it.</param>
    /// <param name="deadline">First and last day of the deadline, or null when there is none.</param>
    /// <param name="deadlineUnresolved">True when a deadline was given but could not be resolved.</param>
    /// <param name="events">Fulfilments, breaches and withdrawals in date order; null dates are undated events.</param>
    /// <param name="asOf">The day to evaluate on, or null when there is none (nothing in the records is dated).</param>
    /// <param name="kind">What the commitment obliges to; the period matters only for a maintenance obligation or prohibition.</param>
    /// <param name="from">First and last day of the period's start (null: from the day it was made).</param>
    /// <param name="until">First and last day of the period's end (null: no end).</param>
    public static CommitmentState Evaluate(
        ObligationKind kind,
        (int Start, int End)? made,
        (int Start, int End)? deadline,
        bool deadlineUnresolved,
        (int Start, int End)? from,
        (int Start, int End)? until,
        IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> events,
        int? asOf) =>
        kind == ObligationKind.Achievement
            ? Evaluate(made, deadline, deadlineUnresolved, events, asOf)
            : EvaluateLasting(made, from ?? made, until, events, asOf);

    public static CommitmentState Evaluate(
        (int Start, int End)? made,
        (int Start, int End)? deadline,
        bool deadlineUnresolved,
        IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> events,
        int? asOf)
    {
        if (BeforeItIsMade(made, asOf) is { } early) return early;
        var day = asOf!.Value;

        foreach (var (kind, eventDate) in events)
        {
            if (kind == StatementKind.Violation) continue;
            if (eventDate is not { } date) return CommitmentState.Unknown;
            if (date.Start > day) continue;
            if (date.End > day) return CommitmentState.Unknown;
            return kind switch
            {
                StatementKind.Fulfilment => Fulfilment(deadline, date),
                StatementKind.Breach => CommitmentState.Broken,
                _ => CommitmentState.Withdrawn,
            };
        }

        if (deadline is not { } due) return deadlineUnresolved ? CommitmentState.Unknown : CommitmentState.Open;
        if (day < due.Start) return CommitmentState.Open;
        return day <= due.End ? CommitmentState.Due : CommitmentState.Overdue;
    }

    private static CommitmentState EvaluateLasting(
        (int Start, int End)? made,
        (int Start, int End)? start,
        (int Start, int End)? end,
        IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> events,
        int? asOf)
    {
        if (BeforeItIsMade(made, asOf) is { } early) return early;
        var day = asOf!.Value;

        var violated = false;
        foreach (var (kind, eventDate) in events)
        {
            if (eventDate is not { } date) continue;
            if (date.Start > day) continue;
            if (kind == StatementKind.Violation)
            {
                violated |= CountsAgainst(start, end, date);
                continue;
            }

            if (date.End > day) return CommitmentState.Unknown;
            // A lasting obligation is never fulfilled (NEG5021); a breach or withdrawal ends it.
            return kind switch
            {
                StatementKind.Breach => CommitmentState.Broken,
                StatementKind.Withdrawal => CommitmentState.Withdrawn,
                _ => CommitmentState.Unknown,
            };
        }

        if (end is { } ends && day > ends.End) return CommitmentState.Ended;
        if (start is { } starts && day < starts.Start) return CommitmentState.Pending;
        if (start is { } uncertain && day < uncertain.End) return CommitmentState.Unknown;
        return violated ? CommitmentState.Violated : CommitmentState.InForce;
    }

    /// <summary>
    /// True when a violation dated <paramref name="date"/> falls in the period from <paramref name="start"/> to
    /// <paramref name="end"/> (either may be open); one dated outside it (NEG5026) does not count against the obligation.
    /// </summary>
    public static bool CountsAgainst((int Start, int End)? start, (int Start, int End)? end, (int Start, int End) date) =>
        (start is not { } from || date.End >= from.Start) && (end is not { } until || date.Start <= until.End);

    /// <summary>Rules 1 and 2, shared by every kind: no day, or not (surely) made by then; null when the commitment stands on the day.</summary>
    private static CommitmentState? BeforeItIsMade((int Start, int End)? made, int? asOf)
    {
        if (asOf is not { } day) return CommitmentState.Unknown;
        if (made is not { } madeOn) return null;
        if (madeOn.Start > day) return CommitmentState.NotMadeYet;
        return madeOn.End > day ? CommitmentState.Unknown : null;
    }

    private static CommitmentState Fulfilment((int Start, int End)? deadline, (int Start, int End) fulfilled)
    {
        // Without a resolved deadline a fulfilment cannot be late or on time, but it was fulfilled.
        if (deadline is not { } due) return CommitmentState.Fulfilled;
        if (fulfilled.End <= due.End) return CommitmentState.Fulfilled;
        return fulfilled.Start > due.End ? CommitmentState.FulfilledLate : CommitmentState.Unknown;
    }
}
