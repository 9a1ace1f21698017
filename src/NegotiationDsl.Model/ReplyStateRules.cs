using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of an offer's or proposal's reply state on a day, shared by the compiler (status, reports,
/// hover) and generated models. Dates are day numbers with their first and last day. Made after the day: not made
/// yet. Otherwise the latest acceptance or rejection on or before the day decides (a later decision replaces an
/// earlier one); without one, an answer on or before the day makes it answered without a decision; else no answer
/// yet. A reply whose period holds the day, or an offer made in such a period, makes it unknown.
/// </summary>
public static class ReplyStateRules
{
    /// <param name="made">First and last day the offer or proposal was made, or null when the records do not date it.</param>
    /// <param name="replies">Acceptances, rejections and answers naming it; null dates are undated replies (not counted).</param>
    /// <param name="asOf">The day to evaluate on, or null when there is none.</param>
    public static ReplyState Evaluate((int Start, int End)? made, IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> replies, int? asOf)
    {
        if (asOf is not { } day) return ReplyState.Unknown;
        if (made is { } madeOn)
        {
            if (madeOn.Start > day) return ReplyState.NotMadeYet;
            if (madeOn.End > day) return ReplyState.Unknown;
        }

        (int Start, StatementKind Kind)? decision = null;
        var answered = false;
        foreach (var (kind, date) in replies)
        {
            if (date is not { } when || when.Start > day) continue;
            if (when.End > day) return ReplyState.Unknown;
            if (kind == StatementKind.Answer) answered = true;
            else if (decision is not { } latest || when.Start >= latest.Start) decision = (when.Start, kind);
        }

        if (decision is { } decided) return decided.Kind == StatementKind.Acceptance ? ReplyState.Accepted : ReplyState.Rejected;
        return answered ? ReplyState.AnsweredWithoutDecision : ReplyState.NoAnswerYet;
    }
}
