using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>The clauses a statement may carry; every one is optional.</summary>
public sealed class StatementDetails
{
    public static readonly StatementDetails None = new();

    public IReadOnlyList<Actor> Recipients { get; init; } = System.Array.Empty<Actor>();
    public IReadOnlyList<Actor> Addressees { get; init; } = System.Array.Empty<Actor>();
    public DateInterval? Deadline { get; init; }

    /// <summary>When a maintenance obligation's or prohibition's period starts (<c>from</c>).</summary>
    public DateInterval? From { get; init; }

    /// <summary>When a maintenance obligation's or prohibition's period ends (<c>until</c>).</summary>
    public DateInterval? Until { get; init; }

    /// <summary>The times of day its <c>from</c> and <c>until</c> were written with (<c>from 2015-02-15 at 00:00 Europe/Kyiv</c>).</summary>
    public EventTime? FromTime { get; init; }
    public EventTime? UntilTime { get; init; }

    /// <summary>The time of day of the statement's date (<c>on 2015-02-15 at 00:00 Europe/Kyiv</c>), and of the end of a range.</summary>
    public EventTime? StartTime { get; init; }
    public EventTime? EndTime { get; init; }
    public string? Condition { get; init; }

    /// <summary>The label of the statement, meeting or talks this one comes after.</summary>
    public string? After { get; init; }
    public string? Topic { get; init; }
    public string? Quote { get; init; }
    /// <summary>The first source that reports the statement (<c>source "…"</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The office the person acted in (<c>as "Chairperson-in-Office of the OSCE"</c>), as written.</summary>
    public string? Capacity { get; init; }

    /// <summary>Every source named for the statement, those that dispute it (<c>disputed by</c>) too, with their grades.</summary>
    public IReadOnlyList<CitedSource> Sources { get; init; } = System.Array.Empty<CitedSource>();

    /// <summary>The quantities the statement states (<c>amount about 5000 prisoners</c>), in order.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = System.Array.Empty<Quantity>();

    /// <summary>The spokesperson through whom a party spoke.</summary>
    public Person? Via { get; init; }
    public bool IsNegated { get; init; }

    /// <summary>What an assessment is about: a label or a description.</summary>
    public string? Target { get; init; }
}
