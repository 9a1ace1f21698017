using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

public enum TrackKind
{
    /// <summary>A round of talks (<c>talks</c>) with its meetings and statements.</summary>
    Talks,

    /// <summary>The meetings and statements of one record file that belong to no round of talks.</summary>
    Record,
}

/// <summary>A statement kind's statements within a track, in date order.</summary>
public sealed record StatementGroup(StatementKind Kind, string Title, ImmutableArray<ReportStatement> Statements);

/// <summary>
/// A negotiation track: a round of talks, or what one record file says outside any round. Its meetings are
/// in date order (undated last); its statements are grouped by kind.
/// </summary>
public sealed record ReportTrack(
    int Number,
    string Id,
    TrackKind Kind,
    string Title,
    string? Label,
    string FileName,
    DateInterval? Date,
    string? Format,
    ImmutableArray<string> Participants,
    string? Source,
    ImmutableArray<ReportMeeting> Meetings,
    ImmutableArray<StatementGroup> StatementGroups)
{
    /// <summary>A round's own time and zone (<c>09:00 Asia/Singapore</c>, <see cref="ReportText.Times"/>), null when none is written.</summary>
    public string? Times { get; init; }

    /// <summary>A round's roles and delegations, as a meeting's (<see cref="ReportMeeting.Roles"/>).</summary>
    public ImmutableArray<(string Role, ImmutableArray<string> Actors)> Roles { get; init; } = ImmutableArray<(string, ImmutableArray<string>)>.Empty;
    public ImmutableArray<ReportDelegation> Delegations { get; init; } = ImmutableArray<ReportDelegation>.Empty;
}
