using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Model;

/// <summary>A commitment as an object: who owes what to whom, by when, on what condition, and what became of it.</summary>
public sealed class Commitment : Statement
{
    public Commitment(
        string? id,
        IReadOnlyList<Actor> debtors,
        string? deliverable,
        DateInterval? date,
        StatementDetails details,
        bool deadlineUnresolved,
        IReadOnlyList<CommitmentEvent> events,
        SourceLocation location)
        : base(id, StatementKind.Commitment, debtors, deliverable, date, details, location)
    {
        DeadlineUnresolved = deadlineUnresolved;
        Events = events;
    }

    public IReadOnlyList<Actor> Debtors => Actors;

    /// <summary>Who it is owed to: the recipients, else the addressees.</summary>
    public IReadOnlyList<Actor> Creditors => Details.Recipients.Count > 0 ? Details.Recipients : Details.Addressees;
    public string? Deliverable => Text;
    public DateInterval? Deadline => Details.Deadline;
    public string? Condition => Details.Condition;

    /// <summary>True when the record gives a deadline that could not be resolved (so the state can be unknown).</summary>
    public bool DeadlineUnresolved { get; }

    /// <summary>Fulfilments, breaches and withdrawals recorded anywhere in the compilation, in date order.</summary>
    public IReadOnlyList<CommitmentEvent> Events { get; }

    /// <summary>The state on <paramref name="asOf"/> (see <see cref="CommitmentStateRules"/>).</summary>
    public CommitmentState GetState(Date asOf) => CommitmentStateRules.Evaluate(
        Date is { } made ? (made.Start.DayNumber, made.End.DayNumber) : null,
        Deadline is { } deadline ? (deadline.Start.DayNumber, deadline.End.DayNumber) : null,
        DeadlineUnresolved,
        Events.Select(e => (e.Kind, e.Date is { } d ? (d.Start.DayNumber, d.End.DayNumber) : ((int, int)?)null)),
        asOf.DayNumber);
}
