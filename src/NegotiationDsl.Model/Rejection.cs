using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A rejection, of a described proposal or of labelled demands, proposals or offers.</summary>
public sealed class Rejection : Statement
{
    public Rejection(string? id, IReadOnlyList<Actor> actors, string? text, IReadOnlyList<Statement> rejected, DateInterval? date, StatementDetails details, SourceLocation location)
        : base(id, StatementKind.Rejection, actors, text, date, details, location)
    {
        Rejected = rejected;
    }

    public IReadOnlyList<Statement> Rejected { get; }
}
