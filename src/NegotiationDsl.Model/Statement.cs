using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>One statement of a record. Commitments, reported speech, rejections and settlements have their own types.</summary>
public class Statement
{
    public Statement(string? id, StatementKind kind, IReadOnlyList<Actor> actors, string? text, DateInterval? date, StatementDetails details, SourceLocation location)
    {
        Id = id;
        Kind = kind;
        Actors = actors;
        Text = text;
        Date = date;
        Details = details;
        Location = location;
    }

    /// <summary>The statement's label, or null when it has none.</summary>
    public string? Id { get; }
    public StatementKind Kind { get; }

    /// <summary>Who made the statement; empty for an outcome.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The deliverable, demand, assessment, ... as the record words it.</summary>
    public string? Text { get; }

    /// <summary>When it was said: its own date, else its meeting's, talks' or record's.</summary>
    public DateInterval? Date { get; }
    public StatementDetails Details { get; }

    /// <summary>Where in the .neg source the statement is.</summary>
    public SourceLocation Location { get; }

    public override string ToString() => Text ?? Kind.ToString();
}
