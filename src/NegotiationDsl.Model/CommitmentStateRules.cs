using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of a commitment's state on a day, shared by the compiler (negc status, reports)
/// and by generated models. Dates are day numbers with their first and last day; the earliest event on
/// or before the day decides; otherwise the deadline does (open before its period, due within it,
/// overdue after it). Where a date's precision cannot decide, the state is <see cref="CommitmentState.Unknown"/>.
/// </summary>
public static class CommitmentStateRules
{
    /// <param name="deadline">First and last day of the deadline, or null when there is none.</param>
    /// <param name="deadlineUnresolved">True when a deadline was given but could not be resolved.</param>
    /// <param name="events">Fulfilments, breaches and withdrawals in date order; null dates are undated events.</param>
    /// <param name="asOf">The day to evaluate on.</param>
    public static CommitmentState Evaluate(
        (int Start, int End)? deadline,
        bool deadlineUnresolved,
        IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> events,
        int asOf)
    {
        foreach (var (kind, eventDate) in events)
        {
            if (eventDate is not { } date) return CommitmentState.Unknown;
            if (date.Start > asOf) continue;
            if (date.End > asOf) return CommitmentState.Unknown;
            return kind switch
            {
                StatementKind.Fulfilment => Fulfilment(deadline, deadlineUnresolved, date),
                StatementKind.Breach => CommitmentState.Broken,
                _ => CommitmentState.Withdrawn,
            };
        }

        if (deadline is not { } due) return deadlineUnresolved ? CommitmentState.Unknown : CommitmentState.Open;
        if (asOf < due.Start) return CommitmentState.Open;
        return asOf <= due.End ? CommitmentState.Due : CommitmentState.Overdue;
    }

    private static CommitmentState Fulfilment((int Start, int End)? deadline, bool deadlineUnresolved, (int Start, int End) fulfilled)
    {
        if (deadline is not { } due) return deadlineUnresolved ? CommitmentState.Unknown : CommitmentState.Fulfilled;
        if (fulfilled.End <= due.End) return CommitmentState.Fulfilled;
        return fulfilled.Start > due.End ? CommitmentState.FulfilledLate : CommitmentState.Unknown;
    }
}
