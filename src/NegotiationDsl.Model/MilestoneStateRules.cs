using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one definition of a milestone's state on a day, shared by the compiler (status, reports, hover, JSON) and
/// generated models. Dates are day numbers with their first and last day. The earliest record on or before the day
/// that it happened, or did not, decides; otherwise its own day does: upcoming before it, reached on it (or within a
/// period written day by day), passed after it. A coarse day (a week, a month) that holds the day asked about, a
/// record whose date holds it, an undated record, or no day at all make it unknown.
/// </summary>
public static class MilestoneStateRules
{
    /// <param name="day">First and last day of the milestone, or null when the records give it none.</param>
    /// <param name="isPeriod">True when every day between its first and last is its day (a range), false for a coarse date.</param>
    /// <param name="records">Occurrences and non-occurrences in date order; null dates are undated records.</param>
    /// <param name="asOf">The day to evaluate on, or null when there is none.</param>
    public static MilestoneState Evaluate((int Start, int End)? day, bool isPeriod, IEnumerable<(StatementKind Kind, (int Start, int End)? Date)> records, int? asOf)
    {
        if (asOf is not { } on) return MilestoneState.Unknown;
        foreach (var (kind, date) in records)
        {
            if (date is not { } when) return MilestoneState.Unknown;
            if (when.Start > on) continue;
            if (when.End > on) return MilestoneState.Unknown;
            return kind == StatementKind.Occurrence ? MilestoneState.Happened : MilestoneState.DidNotHappen;
        }

        if (day is not { } own) return MilestoneState.Unknown;
        if (on < own.Start) return MilestoneState.Upcoming;
        if (on > own.End) return MilestoneState.Passed;
        return isPeriod || own.Start == own.End ? MilestoneState.Reached : MilestoneState.Unknown;
    }
}
