namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor MilestoneWithoutDayDescriptor = new(
        "NEG5029", DiagnosticSeverity.Warning, "Milestone without a day",
        "The milestone '{0}' has no day: it stays unknown on every day. Write `on DATE`, or `after LABEL in N days`.");

    public static readonly DiagnosticDescriptor MilestoneWithTwoDaysDescriptor = new(
        "NEG5030", DiagnosticSeverity.Error, "Milestone with two days",
        "The milestone '{0}' has its day from `on` and from `{1}`; give it one of them.");

    public static readonly DiagnosticDescriptor MilestoneRecordedTwiceDescriptor = new(
        "NEG5031", DiagnosticSeverity.Warning, "Milestone recorded twice",
        "The milestone '{0}' is recorded here ({1}) and already at {3} ({2}); the first record counts.", namesAPlace: true);

    public static readonly DiagnosticDescriptor MilestoneHappenedBeforeItsStartDescriptor = new(
        "NEG5032", DiagnosticSeverity.Error, "Milestone happened before what it counts from",
        "The milestone '{0}' is recorded as happened on {1}, before what it counts from ({2}).");

    public static readonly DiagnosticDescriptor MilestoneCountsFromWhatDidNotHappenDescriptor = new(
        "NEG5033", DiagnosticSeverity.Warning, "Milestone counted from an event that did not happen",
        "The milestone '{0}' counts from '{1}', which {2} at {3}; its day counts from something that never happened.", namesAPlace: true);

    public static readonly DiagnosticDescriptor MilestoneRecordWithoutDateDescriptor = new(
        "NEG5034", DiagnosticSeverity.Warning, "Milestone recorded without a date",
        "'{0}' {1} on no day: write `on DATE`, or put the statement in a dated meeting.");

    public static readonly DiagnosticDescriptor MilestoneRecordOfSeveralDescriptor = new(
        "NEG5035", DiagnosticSeverity.Error, "One milestone per record",
        "A statement records one milestone; write a statement for each of {0}.");

    public static Diagnostic MilestoneWithoutDay(Location location, string name) => Create(MilestoneWithoutDayDescriptor, location, name);

    public static Diagnostic MilestoneWithTwoDays(Location location, string name, string offset) => Create(MilestoneWithTwoDaysDescriptor, location, name, offset);

    public static Diagnostic MilestoneRecordedTwice(Location location, string name, string recorded, string earlier, Location where) =>
        Create(MilestoneRecordedTwiceDescriptor, location, name, recorded, earlier, where.ToString());

    public static Diagnostic MilestoneHappenedBeforeItsStart(Location location, string name, string date, string countsFrom) =>
        Create(MilestoneHappenedBeforeItsStartDescriptor, location, name, date, countsFrom);

    public static Diagnostic MilestoneCountsFromWhatDidNotHappen(Location location, string name, string anchor, string outcome, Location where) =>
        Create(MilestoneCountsFromWhatDidNotHappenDescriptor, location, name, anchor, outcome, where.ToString());

    public static Diagnostic MilestoneRecordWithoutDate(Location location, string name, string verb) => Create(MilestoneRecordWithoutDateDescriptor, location, name, verb);

    public static Diagnostic MilestoneRecordOfSeveral(Location location, string names) => Create(MilestoneRecordOfSeveralDescriptor, location, names);
}
