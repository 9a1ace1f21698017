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
        SourceLocation location,
        ObligationKind obligation = ObligationKind.Achievement,
        string? deadlineAsWritten = null)
        : base(id, StatementKind.Commitment, debtors, deliverable, date, details, location)
    {
        DeadlineUnresolved = deadlineUnresolved;
        Events = events;
        Obligation = obligation;
        DeadlineAsWritten = deadlineAsWritten;
    }

    /// <summary>An achievement, a maintenance obligation or a prohibition (see <see cref="ObligationKind"/>).</summary>
    public ObligationKind Obligation { get; }

    /// <summary>A deadline the records give only as a word no policy resolves (<c>soon</c>), as written; else null.</summary>
    public string? DeadlineAsWritten { get; }

    /// <summary>The period of a maintenance obligation or prohibition: from its <c>from</c> date (else the day it was made) until its <c>until</c> date, if any.</summary>
    public DateInterval? PeriodStart => Details.From ?? Date;
    public DateInterval? PeriodEnd => Details.Until;

    public IReadOnlyList<Actor> Debtors => Actors;

    /// <summary>Who it is owed to: the recipients, else the addressees.</summary>
    public IReadOnlyList<Actor> Creditors => Details.Recipients.Count > 0 ? Details.Recipients : Details.Addressees;
    public string? Deliverable => Text;
    public DateInterval? Deadline => Details.Deadline;
    public string? Condition => Details.Condition;

    /// <summary>True when the record gives a deadline that could not be resolved (so the state can be unknown).</summary>
    public bool DeadlineUnresolved { get; }

    /// <summary>Fulfilments, breaches, withdrawals and violations recorded anywhere in the compilation, in date order.</summary>
    public IReadOnlyList<CommitmentEvent> Events { get; }

    /// <summary>The state on <paramref name="asOf"/> (see <see cref="CommitmentStateRules"/>).</summary>
    public CommitmentState GetState(Date asOf) => CommitmentStateRules.Evaluate(
        Obligation,
        Days(Date),
        Days(Deadline),
        DeadlineUnresolved,
        Days(Details.From),
        Days(Details.Until),
        Events.Select(e => (e.Kind, Days(e.Date))),
        asOf.DayNumber);

    private static (int Start, int End)? Days(DateInterval? date) => date is { } d ? (d.Start.DayNumber, d.End.DayNumber) : null;
}
