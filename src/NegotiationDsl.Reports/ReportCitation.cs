using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>A source named by meetings or statements (not by a record header), with where it is cited (<c>file line N</c>).</summary>
public sealed record ReportCitation(string Source, ImmutableArray<string> CitedAt);
