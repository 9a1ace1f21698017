using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Language;
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
    /// <summary>A meeting is CONSULT. CAMEO 040: where the place lies (a visit, a third location) is not known to the compiler.</summary>
    public static EventCode Meeting { get; } = new("meeting", "040", new PloverCode("CONSULT", null));

    private static readonly EventCode[] ByKind = Verbs.All.OrderBy(verb => verb.Kind)
        .Select(verb => new EventCode(verb.Name, verb.Cameo, verb.Plover is null ? null : new PloverCode(verb.Plover, null))).ToArray();

    /// <summary>The verb table's coding of the kind (Verbs); the kind's name is the event's <c>kind</c>.</summary>
    public static EventCode For(StatementKind kind) => ByKind[(int)kind];

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
