using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>A party's delegation at a meeting: the party, who led it (or null) and its members, by display name.</summary>
public sealed record ReportDelegation(string Party, string? Lead, ImmutableArray<string> Members);
