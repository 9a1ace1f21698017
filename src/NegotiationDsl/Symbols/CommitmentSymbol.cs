using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Language;
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

    /// <summary>True for a maintenance obligation or prohibition: kept or violated during a period, never fulfilled or overdue.</summary>
    public bool Lasts => Obligation != ObligationKind.Achievement;

    /// <summary>The first day a lasting obligation is in force: its <c>from</c> date, else the day it was made.</summary>
    public DateInterval? PeriodStart => From ?? Date;

    /// <summary>The time of day the period starts at: its <c>from</c>'s, else the <c>on</c> date's of the statement itself.</summary>
    public EventTime? PeriodStartTime => From is null ? StartTime : FromTime;

    /// <summary><c>from 2015-02-15 00:00 Europe/Kyiv</c>: the period as status, reports and hover write it.</summary>
    public string PeriodText => Obligations.Period(PeriodStart, Until, PeriodStartTime, UntilTime);

    /// <summary>The violations recorded anywhere in the compilation, in date order.</summary>
    public ImmutableArray<CommitmentEvent> Violations => Events.Where(e => e.Kind == StatementKind.Violation).ToImmutableArray();

    /// <summary>The violations that count against the obligation: those dated within its period, in date order.</summary>
    public ImmutableArray<CommitmentEvent> ViolationsInPeriod => Violations
        .Where(e => Days(e.Date) is { } date && NegotiationDsl.Model.CommitmentStateRules.CountsAgainst(Days(PeriodStart), Days(Until), date))
        .ToImmutableArray();

    /// <summary>
    /// The state on <paramref name="asOf"/> (null: no day, so unknown), by the one set of rules shared with
    /// status, reports, hover and generated models (see CommitmentStateRules).
    /// </summary>
    public CommitmentState GetState(LocalDate? asOf) => NegotiationDsl.Model.CommitmentStateRules.Evaluate(
        Obligation,
        Days(Date),
        Days(Deadline),
        HasUnresolvedDeadline,
        Days(From),
        Days(Until),
        Events.Select(e => (e.Kind, Days(e.Date))),
        asOf is { } day ? DayNumber(day) : null);

    /// <summary>True when the commitment has a deadline clause that could not be resolved.</summary>
    public bool HasUnresolvedDeadline { get; internal set; }

    /// <summary>An unresolved deadline as the record writes it (<c>soon</c>, <c>in 2 days</c>), so every output can keep the word; null otherwise.</summary>
    public string? DeadlineAsWritten { get; internal set; }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Events = map.MapEvents(Events);
    }
}
