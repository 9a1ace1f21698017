using NegotiationDsl.Dates;

namespace NegotiationDsl.Symbols;

/// <summary>A later record that a commitment was fulfilled, broken or withdrawn, and when.</summary>
public sealed record CommitmentEvent(StatementKind Kind, DateInterval? Date, StatementSymbol Statement);
