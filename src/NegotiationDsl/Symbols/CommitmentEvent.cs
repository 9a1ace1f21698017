using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Symbols;

/// <summary>A later record that a commitment was fulfilled, broken, withdrawn or violated, and when.</summary>
public sealed record CommitmentEvent(StatementKind Kind, DateInterval? Date, StatementSymbol Statement)
{
    /// <summary>The statement of the record: the report for a reported act (<c>OSCE says DPR violates ceasefire</c>), else the event itself.</summary>
    public StatementSymbol Record => Statement.ReportedIn ?? Statement;

    /// <summary>Who reported the event, when it is reported speech; else empty.</summary>
    public ImmutableArray<ActorSymbol> ReportedBy => Statement.ReportedIn?.Actors ?? ImmutableArray<ActorSymbol>.Empty;
}
