using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Dates;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// The words and forms every report format shares: dates, deadlines, states, durations, name lists, and
/// record text made visible. Each writer escapes these for its own format.
/// </summary>
public static class ReportText
{
    /// <summary>
    /// The sources named for something, as one line: "Reuters (B2), AP; disputed by TASS (C3)"; null when none is named.
    /// A grade is shown as written; the report's legend gives the meaning of each level.
    /// </summary>
    public static string? Sources(System.Collections.Immutable.ImmutableArray<Model.CitedSource> sources)
    {
        if (sources.IsEmpty) return null;
        static string Named(Model.CitedSource source) => source.Grade is { } grade ? source.Name + " (" + grade + ")" : source.Name;
        var reporting = string.Join(", ", sources.Where(source => source.Stance == Model.SourceStance.Reports).Select(Named));
        var disputing = string.Join(", ", sources.Where(source => source.Stance == Model.SourceStance.Disputes).Select(Named));
        if (disputing.Length == 0) return reporting;
        return reporting.Length == 0 ? "disputed by " + disputing : reporting + "; disputed by " + disputing;
    }

    /// <summary>A statement's amounts as one line: "about 5,000 prisoners; at least 50 km “zone”"; null when it states none.</summary>
    public static string? Quantities(System.Collections.Immutable.ImmutableArray<Model.Quantity> quantities) =>
        quantities.IsEmpty ? null : string.Join("; ", quantities.Select(quantity => quantity + (quantity.Subject is { } subject ? " “" + subject + "”" : "")));

    /// <summary>
    /// Record text as a report shows it: line breaks become '\n'; the other hidden characters of
    /// <see cref="PrintableText"/> (controls, NUL, bidirectional overrides, zero-width and tag characters, lone
    /// surrogates) become a visible <c>[U+202E]</c>, so nothing in a record can hide in a report or reorder its
    /// text. Tabs, and the zero-width (non-)joiners that scripts and emoji need, stay.
    /// </summary>
    public static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                builder.Append('\n');
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                builder.Append('\n');
            }
            else if (c != '\t' && PrintableText.IsHidden(text, i))
            {
                var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(c, text[++i]) : c;
                builder.Append(CultureInfo.InvariantCulture, $"[U+{codePoint:X4}]");
            }
            else if (char.IsSurrogatePair(text, i))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Date(LocalDate date) => DateInterval.Format(date);

    /// <summary>
    /// <c>2022-01-21</c>, <c>2022-01-10..2022-01-13</c>, a whole month <c>2021-12</c>, a whole year <c>2015</c>;
    /// any other coarse date names its precision: <c>2022-01-24..2022-01-30 (week)</c>.
    /// </summary>
    public static string Date(DateInterval date)
    {
        if (date.Precision == DatePrecision.Day) return date.ToString();
        // Compared with the month's and year's last day, not computed from the next one: 9999-12 has no next month.
        if (date.Precision == DatePrecision.Month && date.Start.Day == 1 && date.End == date.Start.With(DateAdjusters.EndOfMonth))
            return date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (date.Precision == DatePrecision.Year && date.Start.Month == 1 && date.Start.Day == 1 && date.End == new LocalDate(date.Start.Year, 12, 31))
            return date.Start.Year.ToString(CultureInfo.InvariantCulture);
        return $"{date} ({PrecisionName(date.Precision)})";
    }

    /// <summary>
    /// The last day a deadline allows, then the period it was given as: <c>by 2022-01-30 (week 2022-01-24..2022-01-30)</c>,
    /// <c>by 2015-12-31 (year 2015)</c>, <c>by 2022-01-28</c>.
    /// </summary>
    public static string Deadline(DateInterval deadline)
    {
        var (last, period) = DeadlineParts(deadline);
        return period is null ? "by " + last : $"by {last} ({period})";
    }

    /// <summary>A deadline's last day, and the period it was given as when that is longer than a day.</summary>
    public static (string LastDay, string? Period) DeadlineParts(DateInterval deadline)
    {
        if (deadline.IsSingleDay) return (Date(deadline.End), null);
        var period = deadline.Precision switch
        {
            DatePrecision.Year or DatePrecision.Month when Date(deadline) is var whole && !whole.Contains('(', System.StringComparison.Ordinal) => PrecisionName(deadline.Precision) + " " + whole,
            DatePrecision.Week when deadline.DayCount == 7 => "week " + deadline,
            DatePrecision.Day => deadline.ToString(),
            _ => Date(deadline),
        };
        return (Date(deadline.End), period);
    }

    public const string UnresolvedDeadline = "unknown (the deadline could not be resolved)";

    /// <summary><c>by soon (not resolved to a date)</c>: an unresolved deadline keeps its word.</summary>
    public static string UnresolvedAsWritten(string written) => "by " + written + " (not resolved to a date)";

    public static string PrecisionName(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string State(CommitmentState state) => state switch
    {
        CommitmentState.FulfilledLate => "fulfilled late",
        CommitmentState.NotMadeYet => "not made yet",
        CommitmentState.InForce => "in force",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>An offer's or proposal's reply state in words: <c>accepted</c>, <c>answered without a decision</c>, <c>no answer yet</c>.</summary>
    public static string Reply(ReplyState state) => state switch
    {
        ReplyState.NoAnswerYet => "no answer yet",
        ReplyState.AnsweredWithoutDecision => "answered without a decision",
        ReplyState.NotMadeYet => "not made yet",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary><c>accepted 2022-02-01 by Russia</c>: one reply to an offer or proposal.</summary>
    public static string ReplyEvent(Symbols.CommitmentEvent reply) =>
        Replies.PastTense(reply.Kind) + " " + (reply.Date is { } date ? Date(date) : "on an unknown day") + " by " + List(reply.Statement.Actors.Select(actor => actor.Name).ToList());

    /// <summary>The state with the violations counted by then: <c>violated (2 violations, the last on 2015-02-16)</c>.</summary>
    public static string State(CommitmentState state, string? violations) => violations is null ? State(state) : State(state) + " (" + violations + ")";

    /// <summary>A commitment's state on <paramref name="asOf"/> in words, with the violations within its period counted by then: what status, reports and hover say.</summary>
    public static string StateOf(CommitmentSymbol commitment, LocalDate? asOf) =>
        State(commitment.GetState(asOf), Violations(commitment.ViolationsInPeriod.Select(violation => violation.Date), asOf));

    /// <summary><c>2 violations, the last on 2015-02-16</c>: the dated violations that began on or before <paramref name="asOf"/>; null when none.</summary>
    public static string? Violations(IEnumerable<DateInterval?> violations, LocalDate? asOf)
    {
        var count = 0;
        DateInterval? last = null;
        foreach (var violation in violations)
        {
            if (violation is not { } date || asOf is not { } day || date.Start > day) continue;
            count++;
            if (last is not { } previous || previous.Start <= date.Start) last = date;
        }

        if (last is not { } latest) return null;
        return (count == 1 ? "1 violation" : count.ToString(CultureInfo.InvariantCulture) + " violations") + ", the last on " + Date(latest);
    }

    /// <summary>What a settling event did to a commitment, in the past tense.</summary>
    public static string EventVerb(StatementKind kind) => Verbs.Of(kind).Settled ?? Verbs.Of(kind).Name;

    public static string Answer(AnswerKind kind) => kind switch
    {
        AnswerKind.Rejected => "rejected",
        AnswerKind.OfferedForDiscussion => "offered for discussion",
        AnswerKind.Agreed => "agreed",
        AnswerKind.Assessed => "assessed",
        _ => "referred to",
    };

    /// <summary>The word with its first letter in upper case (<c>Fulfilled</c>).</summary>
    public static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary><c>09:00</c>.</summary>
    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>09:00 Asia/Singapore</c>, <c>19:00–10:45 (12 Feb) Europe/Minsk</c> for a meeting that ran overnight,
    /// <c>18:00 Europe/Zurich–21:00 America/New_York</c> when its ends are in two zones, or the local time alone
    /// (<c>13:00</c>) when no zone is known; null when no time is.
    /// </summary>
    public static string? Times(LocalTime? localTime, EventTime? start, EventTime? end)
    {
        if (start is null) return localTime is { } time ? Time(time) : null;
        var text = Time(start.Local.TimeOfDay);
        if (end is null) return WithZone(text, start.ZoneId);

        // Each end keeps its own zone when they differ: one zone after both would misread the other end.
        var oneZone = end.ZoneId is null || end.ZoneId == start.ZoneId;
        if (!oneZone) text = WithZone(text, start.ZoneId);
        text += "–" + Time(end.Local.TimeOfDay);
        if (end.Date != start.Date) text += " (" + end.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + ")";
        return WithZone(text, oneZone ? start.ZoneId : end.ZoneId);
    }

    private static string WithZone(string time, string? zoneId) => zoneId is null ? time : time + " " + zoneId;

    /// <summary><c>1 h 30 min</c>, <c>38 min</c>, <c>16 h</c>, <c>2 d</c>.</summary>
    public static string Duration(Duration duration)
    {
        var minutes = (long)System.Math.Round(duration.TotalMinutes);
        if (minutes >= 24 * 60 && minutes % (24 * 60) == 0) return (minutes / (24 * 60)).ToString(CultureInfo.InvariantCulture) + " d";
        var parts = new List<string>();
        if (minutes >= 60) parts.Add((minutes / 60).ToString(CultureInfo.InvariantCulture) + " h");
        if (minutes % 60 != 0 || minutes == 0) parts.Add((minutes % 60).ToString(CultureInfo.InvariantCulture) + " min");
        return string.Join(" ", parts);
    }

    /// <summary><c>about 8 h</c>, <c>at least 16 h</c>: a duration with its bound.</summary>
    public static string Duration(Duration duration, Model.Approximation approximation) =>
        approximation == Model.Approximation.Exact ? Duration(duration) : Model.QuantityUnits.Word(approximation) + " " + Duration(duration);

    /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
    };

    /// <summary>The text cut to <paramref name="length"/> characters (an ellipsis marks the cut), never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = length - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text.Substring(0, cut).TrimEnd() + "…";
    }
}
