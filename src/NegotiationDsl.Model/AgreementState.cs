namespace NegotiationDsl.Model;

/// <summary>Where an agreement stood on a day (docs/language.md, section 16.4; <see cref="AgreementStateRules"/>).</summary>
public enum AgreementState
{
    /// <summary>No day to judge on, or an event whose dates are too imprecise to tell before or after it.</summary>
    Unknown,

    /// <summary>Declared, and not signed or adopted by the day.</summary>
    Negotiated,

    Signed,
    Adopted,
    InForce,
    Suspended,

    /// <summary>Its term (moved by extensions and renewals) ended before the day.</summary>
    Expired,

    Terminated,
}
