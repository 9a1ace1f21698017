namespace NegotiationDsl.Diagnostics;

/// <summary>Roles at meetings and rounds of talks, and the capacity a person acted in (docs/language.md, "Roles and capacity").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownRoleDescriptor = new(
        "NEG5048", DiagnosticSeverity.Error, "Unknown role", "'{0}' is not a role{1}");

    public static readonly DiagnosticDescriptor RoleHolderNotParticipantDescriptor = new(
        "NEG5049", DiagnosticSeverity.Warning, "Role holder not among the participants",
        "'{0}' is the {1} but not among the participants, nor does a participant speak for them; counted as a participant.");

    public static readonly DiagnosticDescriptor RoleGivenTwiceDescriptor = new(
        "NEG5050", DiagnosticSeverity.Warning, "Role given twice",
        "The role '{0}' is given a second time; both are kept. Write co-holders in one list: role {0} A, B.");

    public static readonly DiagnosticDescriptor CapacityNotHeldDescriptor = new(
        "NEG5051", DiagnosticSeverity.Error, "Capacity not held", "{0} did not hold the office \"{1}\"{2}; {3}.");

    public static readonly DiagnosticDescriptor CapacityWithoutPersonDescriptor = new(
        "NEG5052", DiagnosticSeverity.Warning, "Capacity without a person",
        "A capacity ('as') is an office a person acted in, and no person makes this statement (nor speaks for it with 'via'); it is kept as written but not checked.");

    public static Diagnostic CapacityNotHeld(Location location, string person, string capacity, string? day, string held) =>
        Create(CapacityNotHeldDescriptor, location, person, capacity, day is null ? "" : " on " + day, held);

    public static Diagnostic CapacityWithoutPerson(Location location) => Create(CapacityWithoutPersonDescriptor, location);

    public static Diagnostic UnknownRole(Location location, string name, string? suggestion, string known) =>
        Create(UnknownRoleDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)),
            name, suggestion is null ? $" (the roles are {known})." : $"; did you mean '{suggestion}'?");

    public static Diagnostic RoleHolderNotParticipant(Location location, string actor, string role) =>
        Create(RoleHolderNotParticipantDescriptor, location, actor, role);

    public static Diagnostic RoleGivenTwice(Location location, string role) => Create(RoleGivenTwiceDescriptor, location, role);
}
