using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A round of talks: its meetings and the statements about the round as a whole.</summary>
public sealed class Talks : Gathering
{
    public Talks(string id, string? title, DateInterval? date, string? format, IReadOnlyList<Actor> participants,
        IReadOnlyList<Meeting> meetings, IReadOnlyList<Statement> statements, SourceLocation location,
        EventTime? startTime = null, EventTime? endTime = null, string? timeZone = null, IReadOnlyList<RoleAssignment>? roles = null,
        IReadOnlyList<Delegation>? delegations = null)
        : base(id, date, format, participants, statements, location, startTime, endTime, timeZone, roles, delegations)
    {
        Title = title;
        Meetings = meetings;
    }

    public string? Title { get; }
    public IReadOnlyList<Meeting> Meetings { get; }

    public override string ToString() => Title ?? Id;
}
