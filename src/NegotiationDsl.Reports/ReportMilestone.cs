using System.Collections.Immutable;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// A row of the milestones table: a day that is nobody's obligation, what it counts from, its state on the report's
/// "as of" day (<see cref="NegotiationDsl.Symbols.MilestoneSymbol.GetState"/>) and when it happened.
/// </summary>
public sealed record ReportMilestone(string Label, string? Title, DateInterval? Day, string? After, string State, DateInterval? Happened, string FileName, int Line)
{
    /// <summary>The records that it happened or did not (<c>happens</c>, <c>fails</c>), from whichever folder, in date order.</summary>
    public ImmutableArray<ReportEvent> Events { get; init; } = ImmutableArray<ReportEvent>.Empty;

    /// <summary>The title of the track it is under in its folder's report.</summary>
    public string? Track { get; init; }

    /// <summary>Its own source, else its record's.</summary>
    public string? Source { get; init; }
}
