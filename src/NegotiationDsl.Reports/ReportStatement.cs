using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

/// <summary>
/// One statement of the records as a sentence ("Antony Blinken commits “…” to Russian Federation by
/// 2022-01-30"), with its date, place and the clauses a reader may want apart: topic, condition, the
/// verbatim quote and the source.
/// </summary>
public sealed record ReportStatement(
    string? Label,
    StatementKind Kind,
    ImmutableArray<TextRun> Sentence,
    DateInterval? Date,
    string? Place,
    string? Topic,
    string? Condition,
    string? Quote,
    string? Source,
    string FileName,
    int Line)
{
    /// <summary>The time of day its <c>on</c> date was written with, and of the end of a range (<c>00:00 Europe/Kyiv</c>).</summary>
    public EventTime? StartTime { get; init; }
    public EventTime? EndTime { get; init; }
}
