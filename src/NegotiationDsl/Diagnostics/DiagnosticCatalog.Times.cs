namespace NegotiationDsl.Diagnostics;

/// <summary>Times of day and time zones (docs/language.md, "Times and time zones").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownTimeZoneDescriptor = new(
        "NEG5041", DiagnosticSeverity.Error, "Unknown time zone", "'{0}' is not a time zone of the IANA database{1}");

    public static readonly DiagnosticDescriptor TimeNeedsDayDescriptor = new(
        "NEG5042", DiagnosticSeverity.Error, "A time needs a day",
        "A time of day needs a date of one day; {0} is {1}. The time is ignored.");

    public static readonly DiagnosticDescriptor SkippedLocalTimeDescriptor = new(
        "NEG5043", DiagnosticSeverity.Warning, "Time skipped by the clock change",
        "{0} does not exist in {1}: the clocks moved forward over it. Read as {2}.");

    public static readonly DiagnosticDescriptor AmbiguousLocalTimeDescriptor = new(
        "NEG5044", DiagnosticSeverity.Warning, "Time that occurred twice",
        "{0} occurred twice in {1}: the clocks moved back over it. Read as the first, {2}; write the second in UTC if it is meant.");

    public static readonly DiagnosticDescriptor EndBeforeStartDescriptor = new(
        "NEG5045", DiagnosticSeverity.Error, "End before start", "The end, {1}, is before the start, {0}.");

    public static readonly DiagnosticDescriptor DurationDisagreesDescriptor = new(
        "NEG5046", DiagnosticSeverity.Warning, "Duration disagrees with start and end",
        "The duration '{0}' disagrees with the start and end, which are {1} apart.");

    public static readonly DiagnosticDescriptor TimeNotKeptDescriptor = new(
        "NEG5047", DiagnosticSeverity.Warning, "Time of day not kept here",
        "Only the day of this date counts; its time of day is not kept. Times are kept on the date of a meeting or a round of talks and on a statement's 'on' date.");

    public static Diagnostic UnknownTimeZone(Location location, string zone, string? suggestion) =>
        Create(UnknownTimeZoneDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)),
            zone, suggestion is null ? " (write Area/Location, such as Europe/Kyiv, or UTC)." : $"; did you mean '{suggestion}'?");

    public static Diagnostic TimeNeedsDay(Location location, string date, string precision) => Create(TimeNeedsDayDescriptor, location, date, precision);

    public static Diagnostic SkippedLocalTime(Location location, string local, string zone, string read) =>
        Create(SkippedLocalTimeDescriptor, location, local, zone, read);

    public static Diagnostic AmbiguousLocalTime(Location location, string local, string zone, string read) =>
        Create(AmbiguousLocalTimeDescriptor, location, local, zone, read);

    public static Diagnostic EndBeforeStart(Location location, string start, string end) => Create(EndBeforeStartDescriptor, location, start, end);

    public static Diagnostic DurationDisagrees(Location location, string duration, string apart) => Create(DurationDisagreesDescriptor, location, duration, apart);

    public static Diagnostic TimeNotKept(Location location) => Create(TimeNotKeptDescriptor, location);
}
