using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

/// <summary>One record file and what its header says it was taken from.</summary>
public sealed record ReportRecord(string FileName, string? Title, string? Source, string? Url, string? Language, DateInterval? Published);
