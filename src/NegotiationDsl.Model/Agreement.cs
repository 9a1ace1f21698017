using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Model;

/// <summary>
/// An agreement as a document (a treaty, a framework, a resolution), not an <c>agrees</c> statement: its kind, PA-X stage
/// and term, the events of its life in date order, the ids of its provisions, and the dates every recorded event gives.
/// Events and provisions may come from folders that use this one, so they are data and ids, not references.
/// </summary>
public sealed class Agreement
{
    public Agreement(
        string id,
        string? title,
        string? kind,
        string? stage,
        string? term,
        IReadOnlyList<AgreementEvent> events,
        IReadOnlyList<string> provisions,
        DateInterval? signed,
        DateInterval? inForce,
        Date? termEnd,
        SourceLocation location)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Stage = stage;
        Term = term;
        Events = events;
        Provisions = provisions;
        Signed = signed;
        InForce = inForce;
        TermEnd = termEnd;
        Location = location;
    }

    public string Id { get; }
    public string? Title { get; }

    /// <summary>The kind of document as the language names it (<c>treaty</c>, <c>joint_statement</c>); null for a plain agreement.</summary>
    public string? Kind { get; }

    /// <summary>The PA-X stage as the language names it (<c>comprehensive</c>), or null.</summary>
    public string? Stage { get; }

    /// <summary>The term as written (<c>10 years</c>), or null when open-ended.</summary>
    public string? Term { get; }
    public IReadOnlyList<AgreementEvent> Events { get; }

    /// <summary>The ids of the commitments that are its provisions.</summary>
    public IReadOnlyList<string> Provisions { get; }

    /// <summary>The first signing or adoption.</summary>
    public DateInterval? Signed { get; }
    public DateInterval? InForce { get; }

    /// <summary>The last day of the term after every recorded extension; null without a term.</summary>
    public Date? TermEnd { get; }
    public SourceLocation Location { get; }

    /// <summary>The state on <paramref name="asOf"/>, from the events on or before it (see <see cref="AgreementStateRules"/>); the compiler's status and reports give the same.</summary>
    public AgreementState GetState(Date asOf) => AgreementStateRules.Evaluate(
        Events.Select(e => (e.Kind, e.Date is { } d ? (d.Start.DayNumber, d.End.DayNumber) : ((int Start, int End)?)null, e.TermEnd?.DayNumber)),
        asOf.DayNumber);
}

/// <summary>One event in an agreement's life (<see cref="StatementKind.Signing"/>, <see cref="StatementKind.Extension"/>, ...), and the end of term it leaves.</summary>
public sealed class AgreementEvent
{
    public AgreementEvent(StatementKind kind, DateInterval? date, Date? termEnd)
    {
        Kind = kind;
        Date = date;
        TermEnd = termEnd;
    }

    public StatementKind Kind { get; }
    public DateInterval? Date { get; }
    public Date? TermEnd { get; }
}
