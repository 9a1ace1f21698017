using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A round of talks: its meetings and the statements about the round as a whole.</summary>
public sealed class Talks
{
    public Talks(string id, string? title, DateInterval? date, string? format, IReadOnlyList<Actor> participants,
        IReadOnlyList<Meeting> meetings, IReadOnlyList<Statement> statements, SourceLocation location)
    {
        Id = id;
        Title = title;
        Date = date;
        Format = format;
        Participants = participants;
        Meetings = meetings;
        Statements = statements;
        Location = location;
    }

    public string Id { get; }
    public string? Title { get; }
    public DateInterval? Date { get; }
    public string? Format { get; }
    public IReadOnlyList<Actor> Participants { get; }
    public IReadOnlyList<Meeting> Meetings { get; }
    public IReadOnlyList<Statement> Statements { get; }
    public SourceLocation Location { get; }

    public override string ToString() => Title ?? Id;
}
