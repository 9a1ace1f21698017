using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Reports;

/// <summary>
/// Says a statement back in plain English, the way the record reads: actors, verb, the record's words in
/// quotation marks, then recipients, addressees, deadline, what it came after, and the spokesperson.
/// Reported speech nests one level: "Sergey Ryabkov says the West rejects nato_expansion".
/// </summary>
internal static class StatementSentence
{
    /// <summary>An answer is shown under each demand it names, so there it names this many of them and counts the rest.</summary>
    public const int MaxReferencesInAnswer = 5;

    /// <param name="statement">The statement.</param>
    /// <param name="maxReferences">How many of the statements it rejects or settles to name; the rest are counted.</param>
    public static ImmutableArray<TextRun> Of(StatementSymbol statement, int maxReferences = int.MaxValue)
    {
        var runs = new List<TextRun>();
        Act(runs, statement.Reported is { } reported && statement.StatementKind == StatementKind.ReportedSpeech
            ? (statement, reported)
            : (null, statement), maxReferences);
        Clauses(runs, statement);
        return runs.ToImmutableArray();
    }

    public static string Names(IEnumerable<ActorSymbol> actors) => ReportText.List(actors.Select(actor => actor.DisplayName).ToList());

    private static void Act(List<TextRun> runs, (StatementSymbol? Speaker, StatementSymbol Act) statement, int maxReferences)
    {
        if (statement.Speaker is { } speaker)
        {
            AddActors(runs, speaker.Actors);
            Plain(runs, " " + Verb(StatementKind.Statement, plural: speaker.Actors.Length > 1) + " ");
        }

        var act = statement.Act;
        if (act.StatementKind == StatementKind.Outcome)
        {
            Plain(runs, act.IsNegated ? "Outcome: no " : "Outcome: ");
            Quoted(runs, act.Text);
            return;
        }

        if (Verbs.Of(act.StatementKind).Object == VerbObject.IntoForce)
        {
            // The agreement is the subject and there is no actor: "new_start enters into force".
            AgreementLabel(runs, act);
            Plain(runs, " enters into force");
            return;
        }

        if (act.StatementKind == StatementKind.Milestone)
        {
            Plain(runs, "Milestone: ");
            Quoted(runs, act.Text);
            return;
        }

        if (Verbs.Of(act.StatementKind).Object == VerbObject.Milestone)
        {
            // The milestone is the subject: "adoption_day happens".
            foreach (var milestone in act.References) runs.Add(new TextRun(TextRunKind.Label, milestone.Name));
            Plain(runs, " " + Verb(act.StatementKind, plural: false));
            return;
        }

        AddActors(runs, act.Actors);
        Plain(runs, " " + Verb(act.StatementKind, plural: act.Actors.Length > 1) + " ");
        if (act.Obligation != ObligationKind.Achievement)
            Plain(runs, act.Obligation == ObligationKind.Maintenance ? "to keep " : "not to ");
        switch (Verbs.Of(act.StatementKind).Object)
        {
            case VerbObject.TargetAndText:
                Target(runs, act);
                Plain(runs, " ");
                Quoted(runs, act.Text);
                break;
            case VerbObject.Agreement:
                AgreementLabel(runs, act);
                if (!act.For.IsEmpty)
                {
                    Plain(runs, " for ");
                    AddActors(runs, act.For);
                }

                if (act.Length is { } length) Plain(runs, " for " + length);
                if (act.Until is { } until) Plain(runs, " until " + ReportText.Date(until));
                break;
            case VerbObject.NegatableText when act.IsNegated:
                Plain(runs, "no ");
                Quoted(runs, act.Text);
                break;
            case VerbObject.TextOrLabels or VerbObject.Commitment when !act.References.IsEmpty:
                var named = System.Math.Min(act.References.Length, maxReferences);
                for (var i = 0; i < named; i++)
                {
                    if (i > 0) Plain(runs, i == act.References.Length - 1 ? " and " : ", ");
                    runs.Add(new TextRun(TextRunKind.Label, act.References[i].Name));
                }

                if (named < act.References.Length)
                    Plain(runs, " and " + (act.References.Length - named).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " more");

                break;
            default:
                Quoted(runs, act.Text);
                break;
        }
    }

    private static void Clauses(List<TextRun> runs, StatementSymbol statement)
    {
        if (!statement.Recipients.IsEmpty)
        {
            Plain(runs, " to ");
            AddActors(runs, statement.Recipients);
        }

        if (!statement.Addressees.IsEmpty)
        {
            Plain(runs, " of ");
            AddActors(runs, statement.Addressees);
        }

        if (statement is CommitmentSymbol { Lasts: true } lasting) Plain(runs, " " + lasting.PeriodText);
        else if (statement.HasPeriod && (statement.From is not null || statement.Until is not null))
            Plain(runs, " " + Obligations.Period(statement.From, statement.Until, statement.FromTime, statement.UntilTime));
        else if (statement.Deadline is { } deadline) Plain(runs, " " + ReportText.Deadline(deadline));
        else if (statement is CommitmentSymbol { HasUnresolvedDeadline: true } unresolved)
            Plain(runs, unresolved.DeadlineAsWritten is { } written ? " " + ReportText.UnresolvedAsWritten(written) : " by a deadline that could not be resolved");

        if (statement.AfterSymbol is { } after)
        {
            Plain(runs, " after ");
            runs.Add(new TextRun(TextRunKind.Label, after.Name));
        }
        else if (statement.AfterText is { } afterText)
        {
            Plain(runs, " after ");
            Quoted(runs, afterText);
        }
        else if (statement.AfterDate is { } afterDate)
        {
            Plain(runs, " after " + ReportText.Date(afterDate));
        }

        if (statement.Via is { } via)
        {
            Plain(runs, " via ");
            runs.Add(new TextRun(TextRunKind.Actor, via.DisplayName));
        }

        if (statement.Capacity is { } capacity)
        {
            Plain(runs, " as ");
            Quoted(runs, capacity);
        }

        runs.AddRange(Quantities(statement.Quantities));
    }

    /// <summary>" — at least 50 km “security zone …”; 70 km …": a statement's amounts after its sentence, or after a commitment's deliverable.</summary>
    internal static IEnumerable<TextRun> Quantities(ImmutableArray<NegotiationDsl.Model.Quantity> quantities)
    {
        for (var i = 0; i < quantities.Length; i++)
        {
            var quantity = quantities[i];
            yield return new TextRun(TextRunKind.Plain, (i == 0 ? " — " : "; ") + quantity);
            if (quantity.Subject is not { } subject) continue;
            yield return new TextRun(TextRunKind.Plain, " ");
            yield return new TextRun(TextRunKind.Quoted, subject);
        }
    }

    /// <summary>The agreement by its label, as other labels are named; its title is in the agreements table.</summary>
    private static void AgreementLabel(List<TextRun> runs, StatementSymbol act)
    {
        if (act.Agreement is { } agreement) runs.Add(new TextRun(TextRunKind.Label, agreement.Name));
        else Plain(runs, "an agreement");
    }

    private static void Target(List<TextRun> runs, StatementSymbol act)
    {
        switch (act.TargetSymbol)
        {
            case ActorSymbol actor:
                runs.Add(new TextRun(TextRunKind.Actor, actor.DisplayName));
                break;
            case { } symbol:
                runs.Add(new TextRun(TextRunKind.Label, symbol.Name));
                break;
            default:
                Quoted(runs, act.TargetText);
                break;
        }
    }

    private static void AddActors(List<TextRun> runs, ImmutableArray<ActorSymbol> actors)
    {
        if (actors.IsEmpty)
        {
            Plain(runs, "(no actor)");
            return;
        }

        for (var i = 0; i < actors.Length; i++)
        {
            if (i > 0) Plain(runs, i == actors.Length - 1 ? " and " : ", ");
            runs.Add(new TextRun(TextRunKind.Actor, actors[i].DisplayName));
        }
    }

    private static void Plain(List<TextRun> runs, string text) => runs.Add(new TextRun(TextRunKind.Plain, text));

    private static void Quoted(List<TextRun> runs, string? text) => runs.Add(new TextRun(TextRunKind.Quoted, text ?? ""));

    /// <summary>The verb as the record wrote it, in the singular or plural.</summary>
    internal static string Verb(StatementKind kind, bool plural) => plural ? Verbs.Of(kind).Plural : Verbs.Of(kind).Singular;
}
