using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of a commitment's state on a day, shared by the compiler (negc status, reports, the
/// language server's hover) and by generated models. Dates are day numbers with their first and last day.
/// A commitment made after the day is not made yet; otherwise the earliest event on or before the day
/// decides; otherwise the deadline does (open before its period, due within it, overdue after it). Where a
/// date's precision cannot decide, or there is no day to evaluate on, the state is <see cref="CommitmentState.Unknown"/>.
/// </summary>
public static class CommitmentStateRules
{
    /// <param name="made">First and last day the commitment was made, or null when the records do not date it.</param>
    /// <param name="deadline">First and last day of the deadline, or null when there is none.</param>
    /// <param name="deadlineUnresolved">True when a deadline was given but could not be resolved.</param>
    /// <param name="events">Fulfilments, breaches and withdrawals in date order; null dates are undated events.</param>
    /// <param name="asOf">The day to evaluate on, or null when there is none (nothing in the records is dated).</param>
    public static CommitmentState Evaluate(
        (int Start, int End)? made,
        (int Start, int End)? deadline,
        bool deadlineUnresolved,
        IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> events,
        int? asOf)
    {
        if (asOf is not { } day) return CommitmentState.Unknown;
        if (made is { } madeOn)
        {
            if (madeOn.Start > day) return CommitmentState.NotMadeYet;
            if (madeOn.End > day) return CommitmentState.Unknown;
        }

        foreach (var (kind, eventDate) in events)
        {
            if (eventDate is not { } date) return CommitmentState.Unknown;
            if (date.Start > day) continue;
            if (date.End > day) return CommitmentState.Unknown;
            return kind switch
            {
                StatementKind.Fulfilment => Fulfilment(deadline, deadlineUnresolved, date),
                StatementKind.Breach => CommitmentState.Broken,
                _ => CommitmentState.Withdrawn,
            };
        }

        if (deadline is not { } due) return deadlineUnresolved ? CommitmentState.Unknown : CommitmentState.Open;
        if (day < due.Start) return CommitmentState.Open;
        return day <= due.End ? CommitmentState.Due : CommitmentState.Overdue;
    }

    private static CommitmentState Fulfilment((int Start, int End)? deadline, bool deadlineUnresolved, (int Start, int End) fulfilled)
    {
        if (deadline is not { } due) return deadlineUnresolved ? CommitmentState.Unknown : CommitmentState.Fulfilled;
        if (fulfilled.End <= due.End) return CommitmentState.Fulfilled;
        return fulfilled.Start > due.End ? CommitmentState.FulfilledLate : CommitmentState.Unknown;
    }
}
