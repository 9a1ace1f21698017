using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>One who signed, witnessed or guaranteed an agreement: the actor, the parties they acted for, and when.</summary>
public sealed record ReportSignatory(string Role, string Actor, ImmutableArray<string> For, DateInterval? Date);

/// <summary>
/// A row of the agreements table: a document with its kind, stage and term, its state and dates on the report's "as of" day
/// (<see cref="NegotiationDsl.Symbols.AgreementSymbol.GetDates"/>), who signed it, and its provisions.
/// </summary>
public sealed record ReportAgreement(
    string Label,
    string? Title,
    string? Kind,
    string? Stage,
    string? Term,
    string State,
    DateInterval? Signed,
    DateInterval? InForce,
    LocalDate? TermStart,
    LocalDate? TermEnd,
    ImmutableArray<ReportSignatory> Signatories,
    ImmutableArray<string> Provisions,
    string FileName,
    int Line)
{
    /// <summary>The declaration's own source (<c>source "…"</c>), null when it has none.</summary>
    public string? Source { get; init; }
}
