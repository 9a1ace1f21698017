using System;
using System.Collections.Generic;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// The event-coding table of docs/schema/README.md. Only mappings the project has fixed (docs/language.md
/// section 12, "known") are used, at the level the syntax can decide: the compiler cannot read the text of
/// a demand, so a demand is CAMEO 100 ("demand, not specified below") with PLOVER REQUEST and no mode,
/// never 1042 or 1056, which need an analyst's reading. Kinds whose coding the project has not decided
/// ("planned") are coded null. A reported act is coded on the nested <c>reported</c> object, not on the
/// report.
/// </summary>
internal static class EventCoding
{
    private static readonly PloverCode Agree = new("AGREE", null);
    private static readonly PloverCode Request = new("REQUEST", null);
    private static readonly PloverCode Reject = new("REJECT", null);

    /// <summary>A meeting is CONSULT. CAMEO 040: where the place lies (a visit, a third location) is not known to the compiler.</summary>
    public static EventCode Meeting { get; } = new("meeting", "040", new PloverCode("CONSULT", null));

    public static EventCode For(StatementKind kind) => kind switch
    {
        StatementKind.Commitment => new("commitment", "030", Agree),
        StatementKind.Agreement => new("agreement", "030", Agree),
        StatementKind.Demand => new("demand", "100", Request),
        StatementKind.Rejection => new("rejection", "120", Reject),
        StatementKind.Statement => new("statement", "010", null),
        StatementKind.Assessment => new("assessment", "010", null),
        StatementKind.Expectation => new("expectation", "010", null),
        StatementKind.ReportedSpeech => new("reportedSpeech", null, null),
        StatementKind.Proposal => new("proposal", null, null),
        StatementKind.Offer => new("offer", null, null),
        StatementKind.Question => new("question", null, null),
        StatementKind.Hope => new("hope", null, null),
        StatementKind.Denial => new("denial", null, null),
        StatementKind.Confirmation => new("confirmation", null, null),
        StatementKind.Fulfilment => new("fulfilment", null, null),
        StatementKind.Breach => new("breach", null, null),
        StatementKind.Withdrawal => new("withdrawal", null, null),
        StatementKind.Outcome => new("outcome", null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A statement kind without an event code; add it here and to the schema."),
    };

    /// <summary>
    /// PLOVER's auxiliary modes, read from the syntax: <c>negated</c> for <c>expects no</c> and
    /// <c>outcome no</c>, <c>hypothetical</c> for an <c>if</c> condition, <c>future</c> for commitments and
    /// expectations (acts about what is still to happen). PLOVER's <c>historical</c> is never derived.
    /// </summary>
    public static IEnumerable<string> AuxiliaryModes(StatementSymbol statement, string? condition)
    {
        if (statement.StatementKind is StatementKind.Commitment or StatementKind.Expectation) yield return "future";
        if (condition is not null) yield return "hypothetical";
        if (statement.IsNegated) yield return "negated";
    }
}
