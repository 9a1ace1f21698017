namespace NegotiationDsl.Diagnostics;

/// <summary>Agreements as documents: their declarations, the events of their life and their provisions (NEG5001-NEG5019).</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownDocumentKindDescriptor = new(
        "NEG5001", DiagnosticSeverity.Error, "Unknown kind of agreement", "'{0}' is not a kind of agreement{1} Kinds: {2}.");

    public static readonly DiagnosticDescriptor UnknownAgreementStageDescriptor = new(
        "NEG5002", DiagnosticSeverity.Error, "Unknown agreement stage", "'{0}' is not a stage of an agreement{1} Stages: {2}.");

    public static readonly DiagnosticDescriptor SignatoryNotInOfficeDescriptor = new(
        "NEG5003", DiagnosticSeverity.Warning, "Signatory not in office", "{0} held no declared office on {1}, when they {2} '{3}' ({4}).");

    public static readonly DiagnosticDescriptor ActsForUnrepresentedPartyDescriptor = new(
        "NEG5004", DiagnosticSeverity.Warning, "Acts for a party they do not represent", "{0} {1} '{2}' for {3}, but represents {4} on {5}.");

    public static readonly DiagnosticDescriptor AgreementEventWithoutDateDescriptor = new(
        "NEG5005", DiagnosticSeverity.Error, "Agreement event without a date", "Say when '{0}' {1}: add `on DATE`.");

    public static readonly DiagnosticDescriptor EventBeforeSigningDescriptor = new(
        "NEG5006", DiagnosticSeverity.Error, "Agreement event before its signing", "'{0}' {1} on {2}, before it was signed or adopted{3}.");

    public static readonly DiagnosticDescriptor EntryIntoForceBeforeSigningDescriptor = new(
        "NEG5007", DiagnosticSeverity.Error, "Entry into force before signing", "'{0}' enters into force on {1}, before it was signed or adopted{2}.");

    public static readonly DiagnosticDescriptor EventAfterTerminationDescriptor = new(
        "NEG5008", DiagnosticSeverity.Error, "Agreement event after its termination", "'{0}' {1} on {2}, after it was terminated on {3}.");

    public static readonly DiagnosticDescriptor ExtensionAfterExpiryDescriptor = new(
        "NEG5009", DiagnosticSeverity.Error, "Extension of an expired agreement", "'{0}' {1} on {2}, but its term had ended on {3}: an expired agreement is concluded again, not extended.");

    public static readonly DiagnosticDescriptor ProvisionDueBeforeSigningDescriptor = new(
        "NEG5010", DiagnosticSeverity.Error, "Provision due before the agreement was signed", "'{0}' is due {1}, before '{2}' was signed or adopted on {3}.");

    public static readonly DiagnosticDescriptor UnderNeedsCommitmentDescriptor = new(
        "NEG5011", DiagnosticSeverity.Warning, "Only a commitment can be a provision", "`under {0}` makes a commitment a provision of '{0}', but this statement is {1}.");

    public static readonly DiagnosticDescriptor ExtensionWithoutLengthDescriptor = new(
        "NEG5012", DiagnosticSeverity.Warning, "Extension without a length", "Say how long '{0}' is extended: add `for N years` or `until DATE`{1}.");

    public static readonly DiagnosticDescriptor ClauseNotForVerbDescriptor = new(
        "NEG5013", DiagnosticSeverity.Warning, "Clause without meaning for this verb", "`{0}` {1}; it means nothing on {2}.");

    public static readonly DiagnosticDescriptor ResumptionWithoutSuspensionDescriptor = new(
        "NEG5014", DiagnosticSeverity.Warning, "Resumption of an agreement that was not suspended", "'{0}' resumes on {1}, but no suspension before it is recorded.");

    public static readonly DiagnosticDescriptor ExtensionWithoutTermEndDescriptor = new(
        "NEG5015", DiagnosticSeverity.Warning, "Extension of an agreement without a term end", "'{0}' {1} on {2}, but it has no term end to move: declare `term N unit` on the agreement, or write `until DATE`.");

    public static Diagnostic ExtensionWithoutTermEnd(Location location, string agreement, string happened, string date) =>
        Create(ExtensionWithoutTermEndDescriptor, location, agreement, happened, date);

    public static Diagnostic UnknownDocumentKind(Location location, string name, string? suggestion, string kinds) =>
        Create(UnknownDocumentKindDescriptor, location, UnknownNameProperties(name, suggestion), name, DidYouMean(suggestion), kinds);

    public static Diagnostic UnknownAgreementStage(Location location, string name, string? suggestion, string stages) =>
        Create(UnknownAgreementStageDescriptor, location, UnknownNameProperties(name, suggestion), name, DidYouMean(suggestion), stages);

    public static Diagnostic SignatoryNotInOffice(Location location, string person, string date, string verb, string agreement, string offices) =>
        Create(SignatoryNotInOfficeDescriptor, location, person, date, verb, agreement, offices);

    public static Diagnostic ActsForUnrepresentedParty(Location location, string person, string verb, string agreement, string party, string represented, string date) =>
        Create(ActsForUnrepresentedPartyDescriptor, location, person, verb, agreement, party, represented, date);

    public static Diagnostic AgreementEventWithoutDate(Location location, string agreement, string happened) =>
        Create(AgreementEventWithoutDateDescriptor, location, agreement, happened);

    public static Diagnostic EventBeforeSigning(Location location, string agreement, string happened, string date, string signed) =>
        Create(EventBeforeSigningDescriptor, location, agreement, happened, date, signed);

    public static Diagnostic EntryIntoForceBeforeSigning(Location location, string agreement, string date, string signed) =>
        Create(EntryIntoForceBeforeSigningDescriptor, location, agreement, date, signed);

    public static Diagnostic EventAfterTermination(Location location, string agreement, string happened, string date, string terminated) =>
        Create(EventAfterTerminationDescriptor, location, agreement, happened, date, terminated);

    public static Diagnostic ExtensionAfterExpiry(Location location, string agreement, string happened, string date, string ended) =>
        Create(ExtensionAfterExpiryDescriptor, location, agreement, happened, date, ended);

    public static Diagnostic ProvisionDueBeforeSigning(Location location, string commitment, string deadline, string agreement, string signed) =>
        Create(ProvisionDueBeforeSigningDescriptor, location, commitment, deadline, agreement, signed);

    public static Diagnostic UnderNeedsCommitment(Location location, string agreement, string statement) =>
        Create(UnderNeedsCommitmentDescriptor, location, agreement, statement);

    public static Diagnostic ExtensionWithoutLength(Location location, string agreement, string renewal) =>
        Create(ExtensionWithoutLengthDescriptor, location, agreement, renewal);

    public static Diagnostic ClauseNotForVerb(Location location, string clause, string meaning, string statement) =>
        Create(ClauseNotForVerbDescriptor, location, clause, meaning, statement);

    public static Diagnostic ResumptionWithoutSuspension(Location location, string agreement, string date) =>
        Create(ResumptionWithoutSuspensionDescriptor, location, agreement, date);
}
