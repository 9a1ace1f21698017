namespace NegotiationDsl.Diagnostics;

/// <summary>Roles at meetings and rounds of talks (docs/language.md, "Roles").</summary>
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

    public static Diagnostic UnknownRole(Location location, string name, string? suggestion, string known) =>
        Create(UnknownRoleDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)),
            name, suggestion is null ? $" (the roles are {known})." : $"; did you mean '{suggestion}'?");

    public static Diagnostic RoleHolderNotParticipant(Location location, string actor, string role) =>
        Create(RoleHolderNotParticipantDescriptor, location, actor, role);

    public static Diagnostic RoleGivenTwice(Location location, string role) => Create(RoleGivenTwiceDescriptor, location, role);
}
