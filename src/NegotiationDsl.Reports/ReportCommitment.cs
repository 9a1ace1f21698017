using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

/// <summary>A later record that settled a commitment: fulfilled, broken or withdrawn, when, and by whom.</summary>
public sealed record ReportEvent(StatementKind Kind, DateInterval? Date, ImmutableArray<string> Actors, string FileName, int Line);

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
    /// <summary>The state in words: <c>fulfilled late</c>, <c>unknown</c>, <c>not made yet</c>.</summary>
    public string StateText => ReportText.State(State);
}
