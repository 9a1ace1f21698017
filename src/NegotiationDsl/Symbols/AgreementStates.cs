namespace NegotiationDsl.Symbols;

/// <summary>The one spelling of each agreement state in every output: JSON's <c>state</c>, status, reports and hover.</summary>
public static class AgreementStates
{
    /// <summary>The state's name in JSON (<c>inForce</c>).</summary>
    public static string Name(AgreementState state) => state switch
    {
        AgreementState.Negotiated => "negotiated",
        AgreementState.Signed => "signed",
        AgreementState.Adopted => "adopted",
        AgreementState.InForce => "inForce",
        AgreementState.Suspended => "suspended",
        AgreementState.Expired => "expired",
        AgreementState.Terminated => "terminated",
        _ => "unknown",
    };

    /// <summary>The state in a sentence or a table cell (<c>in force</c>).</summary>
    public static string Text(AgreementState state) => state == AgreementState.InForce ? "in force" : Name(state);
}
