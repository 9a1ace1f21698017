using System.Collections.Immutable;
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
    /// The state on <paramref name="asOf"/>: the first recorded event on or before that day decides it;
    /// otherwise the deadline does (open before its period, due within it, overdue after it). Where the
    /// precision of a date cannot decide, the answer is <see cref="CommitmentState.Unknown"/>.
    /// </summary>
    public CommitmentState GetState(LocalDate asOf)
    {
        var day = DateInterval.Day(asOf);
        foreach (var commitmentEvent in Events)
        {
            if (commitmentEvent.Date is not { } date) return CommitmentState.Unknown;
            var happened = date.IsBefore(day) == Truth.True || date.End == asOf ? Truth.True : date.Start > asOf ? Truth.False : Truth.Unknown;
            if (happened == Truth.False) continue;
            if (happened == Truth.Unknown) return CommitmentState.Unknown;
            return commitmentEvent.Kind switch
            {
                StatementKind.Fulfilment => FulfilmentState(date),
                StatementKind.Breach => CommitmentState.Broken,
                _ => CommitmentState.Withdrawn,
            };
        }

        if (Deadline is not { } deadline) return HasUnresolvedDeadline ? CommitmentState.Unknown : CommitmentState.Open;
        if (asOf < deadline.Start) return CommitmentState.Open;
        return asOf <= deadline.End ? CommitmentState.Due : CommitmentState.Overdue;
    }

    /// <summary>True when the commitment has a deadline clause that could not be resolved.</summary>
    public bool HasUnresolvedDeadline { get; internal set; }

    private CommitmentState FulfilmentState(DateInterval fulfilled)
    {
        if (Deadline is not { } deadline) return HasUnresolvedDeadline ? CommitmentState.Unknown : CommitmentState.Fulfilled;
        if (fulfilled.End <= deadline.End) return CommitmentState.Fulfilled;
        return fulfilled.Start > deadline.End ? CommitmentState.FulfilledLate : CommitmentState.Unknown;
    }
}
