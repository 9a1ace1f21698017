using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

/// <summary>A later record about a commitment: fulfilled, broken, withdrawn or violated, when, and by whom.</summary>
public sealed record ReportEvent(StatementKind Kind, DateInterval? Date, ImmutableArray<string> Actors, string FileName, int Line)
{
    /// <summary>Who reported it (<c>OSCE says DPR violates ceasefire</c>); empty when the record states it.</summary>
    public ImmutableArray<string> ReportedBy { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>
/// A row of the commitment tracker: who owes what to whom, when it was made, the resolved deadline, what
/// later records say happened, and the state on the report's "as of" day (<see cref="NegotiationDsl.Symbols.CommitmentSymbol.GetState"/>).
/// </summary>
public sealed record ReportCommitment(
    string? Label,
    ImmutableArray<string> Debtors,
    ImmutableArray<string> Creditors,
    string? Deliverable,
    string? Condition,
    DateInterval? Made,
    DateInterval? Deadline,
    bool DeadlineUnresolved,
    CommitmentState State,
    ImmutableArray<ReportEvent> Events,
    string? Quote,
    string? Source,
    string Track,
    string? Place,
    string FileName,
    int Line)
{
    /// <summary>Its label, else its stable name (<c>minsk-commitment-3</c>): what the JSON records call it, never empty.</summary>
    public string Id { get; init; } = Label ?? "";

    /// <summary>An achievement, a maintenance obligation or a prohibition.</summary>
    public ObligationKind Obligation { get; init; }

    /// <summary>For a maintenance obligation or prohibition: the period it holds (from the day it was made when no start is written).</summary>
    public DateInterval? PeriodStart { get; init; }
    public DateInterval? PeriodEnd { get; init; }

    /// <summary>The times of day the period starts and ends at, where the record gives them (<c>from 2015-02-15 at 00:00 Europe/Kyiv</c>).</summary>
    public EventTime? PeriodStartTime { get; init; }
    public EventTime? PeriodEndTime { get; init; }

    /// <summary>The violations by the "as of" day in words (<c>2 violations, the last on 2015-02-16</c>), null when none.</summary>
    public string? Violations { get; init; }

    public bool Lasts => Obligation != ObligationKind.Achievement;

    /// <summary>An unresolved deadline as written (<c>soon</c>); null when the deadline is resolved or there is none.</summary>
    public string? DeadlineAsWritten { get; init; }

    /// <summary>The amounts it states (<c>amount at least 50 km</c>), in the order written.</summary>
    public ImmutableArray<NegotiationDsl.Model.Quantity> Quantities { get; init; } = ImmutableArray<NegotiationDsl.Model.Quantity>.Empty;

    /// <summary>The label of the agreement it is a provision of (<c>under new_start</c>), null when none.</summary>
    public string? Under { get; init; }

    /// <summary>The state in words: <c>fulfilled late</c>, <c>unknown</c>, <c>not made yet</c>, <c>violated (1 violation, the last on 2015-02-16)</c>.</summary>
    public string StateText => ReportText.State(State, Violations);
}
