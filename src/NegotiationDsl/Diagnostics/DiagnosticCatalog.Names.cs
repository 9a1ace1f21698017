namespace NegotiationDsl.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownNameDescriptor = new(
        "NEG2001", DiagnosticSeverity.Error, "Unknown name", "'{0}' is not declared{1}");

    public static readonly DiagnosticDescriptor PersonWherePartyNeededDescriptor = new(
        "NEG2002", DiagnosticSeverity.Error, "A person where a party is needed", "'{0}' is a person, but {1} must be a party (a state, alliance, organisation, bloc or body).");

    public static readonly DiagnosticDescriptor PartyWherePersonNeededDescriptor = new(
        "NEG2003", DiagnosticSeverity.Error, "A party where a person is needed", "'{0}' is a party, but {1} must be a person.");

    public static readonly DiagnosticDescriptor AgreementNeedsTwoActorsDescriptor = new(
        "NEG2004", DiagnosticSeverity.Error, "An agreement needs two or more actors", "An agreement needs two or more distinct actors; {0}.");

    public static readonly DiagnosticDescriptor DuplicateDeclarationDescriptor = new(
        "NEG2005", DiagnosticSeverity.Error, "Duplicate declaration", "'{0}' is already declared at {1}.", namesAPlace: true);

    public static readonly DiagnosticDescriptor OfficeNotValidDescriptor = new(
        "NEG2006", DiagnosticSeverity.Warning, "Office not valid on the meeting's date", "{0} did not hold any declared office on {1} ({2}).");

    public static readonly DiagnosticDescriptor NotAParticipantDescriptor = new(
        "NEG2007", DiagnosticSeverity.Warning, "Statement by a non-participant", "'{0}' speaks in a meeting whose participants ({1}) do not include them.");

    public static readonly DiagnosticDescriptor OverlappingMeetingsDescriptor = new(
        "NEG2008", DiagnosticSeverity.Warning, "Same person in overlapping meetings", "'{0}' takes part in a meeting in {1} on {2} that overlaps their meetings in {3}.");

    public static readonly DiagnosticDescriptor UnusedDeclarationDescriptor = new(
        "NEG2009", DiagnosticSeverity.Info, "Unused declaration", "'{0}' is declared but never used.");

    public static readonly DiagnosticDescriptor DuplicateLabelDescriptor = new(
        "NEG2010", DiagnosticSeverity.Error, "Duplicate label", "The label '{0}' is already used at {1}.", namesAPlace: true);

    public static readonly DiagnosticDescriptor WrongKindOfReferenceDescriptor = new(
        "NEG2011", DiagnosticSeverity.Error, "Reference to the wrong kind of thing", "'{0}' is {1}, but {2}.");

    public static readonly DiagnosticDescriptor ViaNeedsPartyDescriptor = new(
        "NEG2012", DiagnosticSeverity.Warning, "A spokesperson speaks for a party", "'via {0}' names a spokesperson, so the statement should be made by a party, not by the person '{1}'.");

    public static readonly DiagnosticDescriptor PartyBelongsToItselfDescriptor = new(
        "NEG2013", DiagnosticSeverity.Error, "A party is its own member or parent", "'{0}' is its own member or parent, through 'members' and 'of': {1}.");

    public static Diagnostic UnknownName(Location location, string name, string? suggestion) =>
        Create(UnknownNameDescriptor, location, UnknownNameProperties(name, suggestion), name, DidYouMean(suggestion));

    /// <summary>What a fix of an unknown name needs: the name, to declare it, and the suggestion, to change to it.</summary>
    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> UnknownNameProperties(string name, string? suggestion) =>
        DiagnosticProperties.Of((DiagnosticProperties.Name, name), (DiagnosticProperties.Suggestion, suggestion));

    private static string DidYouMean(string? suggestion) => suggestion is null ? "." : $"; did you mean '{suggestion}'?";

    public static Diagnostic PersonWherePartyNeeded(Location location, string name, string role) => Create(PersonWherePartyNeededDescriptor, location, name, role);

    public static Diagnostic PartyWherePersonNeeded(Location location, string name, string role) => Create(PartyWherePersonNeededDescriptor, location, name, role);

    public static Diagnostic AgreementNeedsTwoActors(Location location, string found) => Create(AgreementNeedsTwoActorsDescriptor, location, found);

    public static Diagnostic DuplicateDeclaration(Location location, string name, Location previous) => Create(DuplicateDeclarationDescriptor, location, name, previous.ToString());

    public static Diagnostic OfficeNotValid(Location location, string person, string date, string offices) => Create(OfficeNotValidDescriptor, location, person, date, offices);

    public static Diagnostic NotAParticipant(Location location, string name, string participants) => Create(NotAParticipantDescriptor, location, name, participants);

    public static Diagnostic OverlappingMeetings(Location location, string person, string place, string date, string otherPlaces) =>
        Create(OverlappingMeetingsDescriptor, location, person, place, date, otherPlaces);

    public static Diagnostic UnusedDeclaration(Location location, string name) => Create(UnusedDeclarationDescriptor, location, name);

    public static Diagnostic DuplicateLabel(Location location, string name, Location previous) => Create(DuplicateLabelDescriptor, location, name, previous.ToString());

    public static Diagnostic WrongKindOfReference(Location location, string name, string actual, string expectation) =>
        Create(WrongKindOfReferenceDescriptor, location, name, actual, expectation);

    public static Diagnostic PartyBelongsToItself(Location location, string name, string chain) => Create(PartyBelongsToItselfDescriptor, location, name, chain);

    public static Diagnostic ViaNeedsParty(Location location, string spokesperson, string speaker) => Create(ViaNeedsPartyDescriptor, location, spokesperson, speaker);
}
