using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>What a meeting and a round of talks have in common: an id, dates, a format, who took part, what was said.</summary>
public abstract class Gathering
{
    private protected Gathering(string id, DateInterval? date, string? format, IReadOnlyList<Actor> participants,
        IReadOnlyList<Statement> statements, SourceLocation location)
    {
        Id = id;
        Date = date;
        Format = format;
        Participants = participants;
        Statements = statements;
        Location = location;
    }

    /// <summary>The label, or a name made of the place (or title) and date when there is none.</summary>
    public string Id { get; }
    public DateInterval? Date { get; }
    public string? Format { get; }
    public IReadOnlyList<Actor> Participants { get; }
    public IReadOnlyList<Statement> Statements { get; }
    public SourceLocation Location { get; }
}
