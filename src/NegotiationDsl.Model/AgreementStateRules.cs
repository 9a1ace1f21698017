using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of an agreement's state on a day, shared by the compiler (status, reports, hover) and generated
/// models. Dates are day numbers with their first and last day; each event carries the end of term it leaves (the
/// compiler works it out from the term, the extensions and renewals). The events count in date order, only those on or
/// before the day: the first signing or adoption concludes it, the first entry into force puts it in force, a suspension
/// holds until a resumption, the first termination ends it. Then, by the first rule that applies: unknown (no day, or an
/// event whose dates hold the day without being one day), terminated, negotiated (neither concluded nor in force),
/// expired (the day after the end of term), suspended, in force, adopted, signed.
/// </summary>
public static class AgreementStateRules
{
    /// <param name="events">The agreement's events in date order, each with the last day of the term after it (null: no term); undated events are not counted.</param>
    /// <param name="asOf">The day to evaluate on, or null when there is none.</param>
    public static AgreementState Evaluate(IEnumerable<(StatementKind Kind, (int Start, int End)? Date, int? TermEnd)> events, int? asOf)
    {
        if (asOf is not { } day) return AgreementState.Unknown;
        bool signed = false, adopted = false, inForce = false, suspended = false, terminated = false;
        int? termEnd = null;
        foreach (var (kind, date, end) in events)
        {
            if (date is not { } when) continue;
            if (when.Start > day) break;
            if (when.End > day) return AgreementState.Unknown;
            switch (kind)
            {
                case StatementKind.Signing or StatementKind.Adoption when !signed:
                    signed = true;
                    adopted = kind == StatementKind.Adoption;
                    break;
                case StatementKind.EntryIntoForce:
                    inForce = true;
                    break;
                case StatementKind.Suspension:
                    suspended = true;
                    break;
                case StatementKind.Resumption:
                    suspended = false;
                    break;
                case StatementKind.Termination:
                    terminated = true;
                    break;
            }

            termEnd = end;
        }

        return terminated ? AgreementState.Terminated
            : !signed && !inForce ? AgreementState.Negotiated
            : termEnd is { } last && day > last ? AgreementState.Expired
            : suspended ? AgreementState.Suspended
            : inForce ? AgreementState.InForce
            : adopted ? AgreementState.Adopted
            : AgreementState.Signed;
    }
}
