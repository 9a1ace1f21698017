namespace NegotiationDsl.Diagnostics;

/// <summary>Delegations at meetings and rounds of talks (docs/language.md, "Delegations").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor MemberNotOfPartyDescriptor = new(
        "NEG5053", DiagnosticSeverity.Warning, "Delegation member not of its party",
        "{0} is in the delegation of {1}, but belongs to {2}{3}.");

    public static readonly DiagnosticDescriptor InTwoDelegationsDescriptor = new(
        "NEG5054", DiagnosticSeverity.Error, "Person in two delegations",
        "{0} is already in the delegation of {1} at this {2}; a person is in one delegation.");

    public static readonly DiagnosticDescriptor LeadNotMemberDescriptor = new(
        "NEG5055", DiagnosticSeverity.Warning, "Lead not among the members",
        "{0} leads the delegation of {1} but is not among its members; counted as one. Name the lead in the list too.");

    public static readonly DiagnosticDescriptor TwoDelegationsDescriptor = new(
        "NEG5056", DiagnosticSeverity.Warning, "Two delegations of one party",
        "{0} already has a delegation at this {1}; both are kept. Write one delegation per party.");

    public static readonly DiagnosticDescriptor MemberNotParticipantDescriptor = new(
        "NEG5057", DiagnosticSeverity.Warning, "Delegation member not among the participants",
        "{0} is in the delegation of {1} but not among the participants, nor does a participant speak for them, for {1} or for the delegation's lead; counted as a participant.");

    public static Diagnostic MemberNotOfParty(Location location, string person, string party, string belongsTo, string? day) =>
        Create(MemberNotOfPartyDescriptor, location, person, party, belongsTo, day is null ? "" : " on " + day);

    public static Diagnostic InTwoDelegations(Location location, string person, string firstParty, string gathering) =>
        Create(InTwoDelegationsDescriptor, location, person, firstParty, gathering);

    public static Diagnostic LeadNotMember(Location location, string lead, string party) => Create(LeadNotMemberDescriptor, location, lead, party);

    public static Diagnostic TwoDelegations(Location location, string party, string gathering) => Create(TwoDelegationsDescriptor, location, party, gathering);

    public static Diagnostic MemberNotParticipant(Location location, string member, string party) => Create(MemberNotParticipantDescriptor, location, member, party);
}
