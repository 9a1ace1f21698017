using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>
/// A commitment as an object: who owes what to whom, by when, on what condition, and what later records
/// say happened to it. Its state on a date follows from the deadline and the events (see <see cref="GetState"/>).
/// </summary>
public sealed class CommitmentSymbol : StatementSymbol
{
    internal CommitmentSymbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier)
        : base(name, tree, declaration, identifier, StatementKind.Commitment)
    {
    }

    public override SymbolKind Kind => SymbolKind.Commitment;
    public ImmutableArray<ActorSymbol> Debtors => Actors;

    /// <summary>Who the commitment is owed to: the <c>to</c> actors, else the <c>of</c> actors.</summary>
    public ImmutableArray<ActorSymbol> Creditors => Recipients.IsEmpty ? Addressees : Recipients;
    public string? Deliverable => Text;
    public ImmutableArray<CommitmentEvent> Events { get; internal set; } = ImmutableArray<CommitmentEvent>.Empty;

    /// <summary>
    /// The state on <paramref name="asOf"/> (null: no day, so unknown), by the one set of rules shared with
    /// status, reports, hover and generated models (see CommitmentStateRules).
    /// </summary>
    public CommitmentState GetState(LocalDate? asOf) => NegotiationDsl.Model.CommitmentStateRules.Evaluate(
        Date is { } made ? (DayNumber(made.Start), DayNumber(made.End)) : null,
        Deadline is { } deadline ? (DayNumber(deadline.Start), DayNumber(deadline.End)) : null,
        HasUnresolvedDeadline,
        Events.Select(e => (e.Kind, e.Date is { } d ? (DayNumber(d.Start), DayNumber(d.End)) : ((int, int)?)null)),
        asOf is { } day ? DayNumber(day) : null);

    private static int DayNumber(LocalDate date) => (int)(date.ToDateTimeUnspecified().Ticks / System.TimeSpan.TicksPerDay);

    /// <summary>True when the commitment has a deadline clause that could not be resolved.</summary>
    public bool HasUnresolvedDeadline { get; internal set; }
}
