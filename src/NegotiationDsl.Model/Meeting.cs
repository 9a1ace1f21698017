using System;
using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A meeting: where, when, how long, who took part, and what was said.</summary>
public sealed class Meeting : Gathering
{
    public Meeting(string id, string place, DateInterval? date, TimeSpan? localTime, TimeSpan? duration, string? format,
        IReadOnlyList<Actor> participants, IReadOnlyList<Statement> statements, SourceLocation location,
        EventTime? startTime = null, EventTime? endTime = null, string? timeZone = null, IReadOnlyList<RoleAssignment>? roles = null,
        IReadOnlyList<Delegation>? delegations = null)
        : this(id, place, date, localTime, duration, format, participants, statements, location, Approximation.Exact, startTime, endTime, timeZone, roles, delegations)
    {
    }

    public Meeting(string id, string place, DateInterval? date, TimeSpan? localTime, TimeSpan? duration, string? format,
        IReadOnlyList<Actor> participants, IReadOnlyList<Statement> statements, SourceLocation location, Approximation durationApproximation,
        EventTime? startTime = null, EventTime? endTime = null, string? timeZone = null, IReadOnlyList<RoleAssignment>? roles = null,
        IReadOnlyList<Delegation>? delegations = null)
        : base(id, date, format, participants, statements, location, startTime, endTime, timeZone, roles, delegations)
    {
        DurationApproximation = durationApproximation;
        Place = place;
        LocalTime = localTime;
        Duration = duration;
    }

    public string Place { get; }

    /// <summary>Local time of day at the place when the meeting started.</summary>
    public TimeSpan? LocalTime { get; }
    public TimeSpan? Duration { get; }

    /// <summary>How <see cref="Duration"/> is bounded: exact, or about, at least or at most that long.</summary>
    public Approximation DurationApproximation { get; }

    public override string ToString() => Date is { } date ? $"{Place} {date}" : Place;
}
