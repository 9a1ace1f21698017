using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Model;

/// <summary>
/// A milestone: a day that is nobody's obligation (Adoption Day, the end of a term). <see cref="Statement.Date"/> is its
/// day; <see cref="Records"/> say it happened (<see cref="StatementKind.Occurrence"/>) or not
/// (<see cref="StatementKind.NonOccurrence"/>), in date order, from whichever folder wrote them.
/// </summary>
public sealed class Milestone : Statement
{
    public Milestone(string? id, string? title, DateInterval? day, IReadOnlyList<CommitmentEvent> records, StatementDetails details, SourceLocation location)
        : base(id, StatementKind.Milestone, System.Array.Empty<Actor>(), title, day, details, location)
    {
        Records = records;
    }

    public IReadOnlyList<CommitmentEvent> Records { get; }

    /// <summary>The state on <paramref name="asOf"/>, by the rules the compiler uses (<see cref="MilestoneStateRules"/>).</summary>
    public MilestoneState GetState(Date asOf) => MilestoneStateRules.Evaluate(
        Days(Date), Date is { Precision: DatePrecision.Day }, Records.Select(record => (record.Kind, Days(record.Date))), asOf.DayNumber);

    private static (int Start, int End)? Days(DateInterval? date) => date is { } d ? (d.Start.DayNumber, d.End.DayNumber) : null;
}
