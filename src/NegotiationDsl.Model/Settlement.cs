using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A record that a commitment was fulfilled, broken, withdrawn or violated.</summary>
public sealed class Settlement : Statement
{
    public Settlement(string? id, StatementKind kind, IReadOnlyList<Actor> actors, Commitment commitment, DateInterval? date, StatementDetails details, SourceLocation location)
        : base(id, kind, actors, commitment.Text, date, details, location)
    {
        Commitment = commitment;
    }

    public Commitment Commitment { get; }
}
