using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>A meeting: where, when (local time at the place), how long, in what format, and who took part.</summary>
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
    Model.Approximation DurationApproximation = Model.Approximation.Exact);
