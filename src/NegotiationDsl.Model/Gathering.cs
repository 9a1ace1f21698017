using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>What a meeting and a round of talks have in common: an id, dates, a format, who took part, what was said.</summary>
public abstract class Gathering
{
    private protected Gathering(string id, DateInterval? date, string? format, IReadOnlyList<Actor> participants,
        IReadOnlyList<Statement> statements, SourceLocation location, EventTime? startTime, EventTime? endTime, string? timeZone,
        IReadOnlyList<RoleAssignment>? roles, IReadOnlyList<Delegation>? delegations)
    {
        Roles = roles ?? System.Array.Empty<RoleAssignment>();
        Delegations = delegations ?? System.Array.Empty<Delegation>();
        StartTime = startTime;
        EndTime = endTime;
        TimeZone = timeZone;
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

    /// <summary>When it started and ended to the minute, when the record says.</summary>
    public EventTime? StartTime { get; }
    public EventTime? EndTime { get; }

    /// <summary>The IANA zone its times are read in, or null.</summary>
    public string? TimeZone { get; }
    public string? Format { get; }
    public IReadOnlyList<Actor> Participants { get; }

    /// <summary>Who chaired, hosted, mediated, facilitated, observed or led it, in the order written.</summary>
    public IReadOnlyList<RoleAssignment> Roles { get; }

    /// <summary>The parties' delegations, who led them and who was in them, in the order written.</summary>
    public IReadOnlyList<Delegation> Delegations { get; }
    public IReadOnlyList<Statement> Statements { get; }
    public SourceLocation Location { get; }
}
