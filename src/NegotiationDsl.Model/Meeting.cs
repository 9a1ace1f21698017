using System;
using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A meeting: where, when, how long, who took part, and what was said.</summary>
public sealed class Meeting
{
    public Meeting(string id, string place, DateInterval? date, TimeSpan? localTime, TimeSpan? duration, string? format,
        IReadOnlyList<Actor> participants, IReadOnlyList<Statement> statements, SourceLocation location)
    {
        Id = id;
        Place = place;
        Date = date;
        LocalTime = localTime;
        Duration = duration;
        Format = format;
        Participants = participants;
        Statements = statements;
        Location = location;
    }

    /// <summary>The label, or a name made of place and date for an unlabelled meeting.</summary>
    public string Id { get; }
    public string Place { get; }
    public DateInterval? Date { get; }

    /// <summary>Local time of day at the place when the meeting started.</summary>
    public TimeSpan? LocalTime { get; }
    public TimeSpan? Duration { get; }
    public string? Format { get; }
    public IReadOnlyList<Actor> Participants { get; }
    public IReadOnlyList<Statement> Statements { get; }
    public SourceLocation Location { get; }

    public override string ToString() => Date is { } date ? $"{Place} {date}" : Place;
}
