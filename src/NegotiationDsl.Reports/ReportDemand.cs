using System.Collections.Immutable;
using NegotiationDsl.Dates;

namespace NegotiationDsl.Reports;

/// <summary>How a statement answers a demand it names.</summary>
public enum AnswerKind
{
    Rejected,
    OfferedForDiscussion,
    Agreed,
    Assessed,
    ReferredTo,
}

/// <summary>
/// A statement that names a demand (a rejection of its label, an offer or agreement <c>after</c> it, an
/// assessment of it), and whether it had been made by the "as of" day (unknown when its date is too coarse).
/// </summary>
public sealed record ReportAnswer(AnswerKind Kind, ReportStatement Statement, Truth MadeByAsOf);

/// <summary>
/// A demand with every answer in the records that names it. <see cref="Status"/> is on the "as of" day:
/// "rejected", "offered for discussion", "agreed" (several joined by commas), "open" when no answer had
/// been made, "unknown" when the dates cannot tell.
/// </summary>
public sealed record ReportDemand(ReportStatement Statement, DateInterval? Date, ImmutableArray<ReportAnswer> Answers, string Status);
