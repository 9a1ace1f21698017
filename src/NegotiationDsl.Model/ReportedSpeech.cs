using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>"Ryabkov says the West rejects ...": the speaker and the statement reported.</summary>
public sealed class ReportedSpeech : Statement
{
    public ReportedSpeech(string? id, IReadOnlyList<Actor> actors, Statement reported, DateInterval? date, StatementDetails details, SourceLocation location)
        : base(id, StatementKind.ReportedSpeech, actors, reported.Text, date, details, location)
    {
        Reported = reported;
    }

    public Statement Reported { get; }
}
