using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NegotiationDsl.Benchmarks.Json;

// Plain classes for every field of docs/schema/negotiation-records.v2.schema.json, so that the
// System.Text.Json baseline (R2) materialises the whole document, as a consumer of our JSON would.
// Dates stay strings: parsing them would be extra work the baseline need not do.

public sealed class RecordsDocument
{
    public string? SchemaVersion { get; set; }
    public string? Compilation { get; set; }
    public GeneratorInfo? Generator { get; set; }
    public List<RecordEntry>? Records { get; set; }
    public List<ActorEntry>? Actors { get; set; }
    public List<TalksEntry>? Talks { get; set; }
    public List<MeetingEntry>? Meetings { get; set; }
    public List<EventEntry>? Events { get; set; }
    public List<CommitmentEntry>? Commitments { get; set; }
}

public sealed class GeneratorInfo
{
    public string? Name { get; set; }
    public string? Version { get; set; }
}

public sealed class Interval
{
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Precision { get; set; }
}

public sealed class SourceLocation
{
    public string? Path { get; set; }
    public int Line { get; set; }
}

public sealed class Citation
{
    public string? Title { get; set; }
    public string? Publication { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }
    public Interval? Published { get; set; }
}

public sealed class RecordEntry
{
    public string? Path { get; set; }
    public Citation? Citation { get; set; }
}

public sealed class OfficeEntry
{
    public string? Title { get; set; }
    public string? Party { get; set; }
    public Interval? From { get; set; }
    public Interval? Until { get; set; }
}

public sealed class ActorEntry
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Code { get; set; }
    public string? PartyKind { get; set; }
    public List<string>? Members { get; set; }
    public string? Parent { get; set; }
    public string? Affiliation { get; set; }
    public List<OfficeEntry>? Offices { get; set; }
    public SourceLocation? Location { get; set; }
}

public sealed class TalksEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public Interval? Date { get; set; }
    public string? LocalTime { get; set; }
    public double? DurationMinutes { get; set; }
    public string? Format { get; set; }
    public List<string>? Participants { get; set; }
    public List<string>? Meetings { get; set; }
    public List<string>? Statements { get; set; }
    public string? Source { get; set; }
    public SourceLocation? Location { get; set; }
}

public sealed class MeetingEntry
{
    public string? Id { get; set; }
    public string? Place { get; set; }
    public Interval? Date { get; set; }
    public string? LocalTime { get; set; }
    public double? DurationMinutes { get; set; }
    public string? Format { get; set; }
    public List<string>? Participants { get; set; }
    public string? Talks { get; set; }
    public List<string>? Statements { get; set; }
    public string? Source { get; set; }
    public SourceLocation? Location { get; set; }
}

public sealed class PloverCode
{
    public string? EventType { get; set; }
    public string? Mode { get; set; }
}

public sealed class AfterEntry
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Text { get; set; }
    public Interval? Date { get; set; }
}

public sealed class TargetEntry
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Text { get; set; }
}

public sealed class ReportedEntry
{
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public List<string>? Actors { get; set; }
    public PloverCode? Plover { get; set; }
    public string? Cameo { get; set; }
    public List<string>? Auxiliary { get; set; }
    public TargetEntry? Target { get; set; }
    public List<string>? References { get; set; }
}

public sealed class EventEntry
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public List<string>? Actors { get; set; }
    public List<string>? Recipients { get; set; }
    public List<string>? Addressees { get; set; }
    public string? Date { get; set; }
    [JsonPropertyName("enddate")]
    public string? EndDate { get; set; }
    public string? DatePrecision { get; set; }
    public PloverCode? Plover { get; set; }
    public string? Cameo { get; set; }
    public List<string>? Auxiliary { get; set; }
    public Interval? Deadline { get; set; }
    public string? Condition { get; set; }
    public AfterEntry? After { get; set; }
    public TargetEntry? Target { get; set; }
    public string? Topic { get; set; }
    public string? Quote { get; set; }
    public string? Source { get; set; }
    public string? Via { get; set; }
    public string? Meeting { get; set; }
    public string? Talks { get; set; }
    public List<string>? References { get; set; }
    public ReportedEntry? Reported { get; set; }
    public Citation? Citation { get; set; }
    public SourceLocation? Location { get; set; }
}

public sealed class CommitmentEventEntry
{
    public string? Kind { get; set; }
    public Interval? Date { get; set; }
    public string? Statement { get; set; }
}

public sealed class CommitmentEntry
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
    public List<string>? Debtors { get; set; }
    public List<string>? Creditors { get; set; }
    public string? Deliverable { get; set; }
    public Interval? Deadline { get; set; }
    public bool DeadlineUnresolved { get; set; }
    public string? Condition { get; set; }
    public Interval? Made { get; set; }
    public List<CommitmentEventEntry>? Events { get; set; }
}

/// <summary>The source-generated (reflection-free) serializer metadata for the baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RecordsDocument))]
public sealed partial class RecordsJsonContext : JsonSerializerContext;
