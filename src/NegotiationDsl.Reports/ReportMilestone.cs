using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// A row of the milestones table: a day that is nobody's obligation, what it counts from, its state on the report's
/// "as of" day (<see cref="NegotiationDsl.Symbols.MilestoneSymbol.GetState"/>) and when it happened.
/// </summary>
public sealed record ReportMilestone(string Label, string? Title, DateInterval? Day, string? After, string State, DateInterval? Happened, string FileName, int Line);
