using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>A meeting: where, when (local time at the place, and its zone when known), how long, in what format, and who took part.</summary>
public sealed record ReportMeeting(
    string? Label,
    string Place,
    DateInterval? Date,
    LocalTime? LocalTime,
    Duration? Duration,
    string? Format,
    ImmutableArray<string> Participants,
    string? Source,
    int StatementCount,
    string FileName,
    int Line,
    Model.Approximation DurationApproximation = Model.Approximation.Exact)
{
    /// <summary>When it started and ended to the minute, with their zone, when the record says.</summary>
    public EventTime? StartTime { get; init; }
    public EventTime? EndTime { get; init; }

    /// <summary>Who held which role (<c>chair</c>: the display names), in the order written.</summary>
    public ImmutableArray<(string Role, ImmutableArray<string> Actors)> Roles { get; init; } = ImmutableArray<(string, ImmutableArray<string>)>.Empty;

    /// <summary>The parties' delegations (display names; the members include the lead), in the order written.</summary>
    public ImmutableArray<ReportDelegation> Delegations { get; init; } = ImmutableArray<ReportDelegation>.Empty;
}
