namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownCommitmentDescriptor = new(
        "NEG4001", DiagnosticSeverity.Error, "Unknown commitment", "No commitment is labelled '{0}'{1}");

    public static readonly DiagnosticDescriptor EventBeforeCommitmentDescriptor = new(
        "NEG4002", DiagnosticSeverity.Error, "Commitment settled before it was made", "'{0}' is marked {1} on {2}, before it was made ({3}).");

    public static readonly DiagnosticDescriptor EventWithoutDateDescriptor = new(
        "NEG4003", DiagnosticSeverity.Error, "Commitment event without a date", "Say when '{0}' was {1}: add `on DATE`.");

    public static readonly DiagnosticDescriptor ConflictingEventsDescriptor = new(
        "NEG4004", DiagnosticSeverity.Warning, "Commitment settled twice", "'{0}' is marked {1} here, but already {2} at {3}.", namesAPlace: true);

    public static readonly DiagnosticDescriptor WrongDebtorDescriptor = new(
        "NEG4005", DiagnosticSeverity.Warning, "Settled by someone who did not commit",
        "'{0}' is marked {1} by {2}, but was committed by {3}.");

    public static Diagnostic UnknownCommitment(Location location, string name, string? suggestion) =>
        Create(UnknownCommitmentDescriptor, location, UnknownNameProperties(name, suggestion), name, DidYouMean(suggestion));

    public static Diagnostic EventBeforeCommitment(Location location, string name, string verb, string date, string made) =>
        Create(EventBeforeCommitmentDescriptor, location, name, verb, date, made);

    public static Diagnostic EventWithoutDate(Location location, string name, string verb) => Create(EventWithoutDateDescriptor, location, name, verb);

    public static Diagnostic ConflictingEvents(Location location, string name, string verb, string previousVerb, Location previous) =>
        Create(ConflictingEventsDescriptor, location, name, verb, previousVerb, previous.ToString());

    public static Diagnostic WrongDebtor(Location location, string name, string verb, string actors, string debtors) =>
        Create(WrongDebtorDescriptor, location, name, verb, actors, debtors);
}
