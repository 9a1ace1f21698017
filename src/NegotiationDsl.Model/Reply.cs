using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>An acceptance of, or an answer without a decision to, labelled offers, proposals or demands.</summary>
public sealed class Reply : Statement
{
    public Reply(string? id, StatementKind kind, IReadOnlyList<Actor> actors, string? text, IReadOnlyList<Statement> repliedTo, DateInterval? date, StatementDetails details, SourceLocation location)
        : base(id, kind, actors, text, date, details, location)
    {
        RepliedTo = repliedTo;
    }

    public IReadOnlyList<Statement> RepliedTo { get; }
}
