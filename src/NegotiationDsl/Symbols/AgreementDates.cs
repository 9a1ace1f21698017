using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>An agreement's dates as the events on or before a day give them, and its state on that day.</summary>
public sealed record AgreementDates(
    AgreementState State,
    DateInterval? Signed,
    DateInterval? InForce,
    LocalDate? TermStart,
    LocalDate? TermEnd,
    DateInterval? Suspended,
    DateInterval? Terminated);
