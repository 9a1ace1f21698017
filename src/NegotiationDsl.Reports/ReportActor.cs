using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>
/// A party or person as the "who is who" lists them: name in the records, full name, and what they are
/// (<see cref="Description"/>: for a person, the offices with their dates; for a party, its kind, members or parent).
/// </summary>
public sealed record ReportActor(string Name, string DisplayName, bool IsPerson, string Description, string? Code, ImmutableArray<string> Aliases);
