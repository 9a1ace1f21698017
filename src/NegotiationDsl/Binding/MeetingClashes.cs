using System;
using System.Collections.Generic;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>
/// Finds the meetings one person attends that overlap in time at different places. Meetings are swept
/// in day order with the still-open meetings kept per place, so a meeting is compared only with other
/// places' meetings: thousands of meetings at one place on one day cost a linear pass, not every pair.
/// </summary>
internal static class MeetingClashes
{
    /// <summary>
    /// Calls <paramref name="report"/> for each meeting and each other place where an earlier meeting
    /// (in day order) overlaps it: once per place, with the earliest such meeting.
    /// </summary>
    public static void Find(List<MeetingSymbol> inDayOrder, Action<MeetingSymbol, MeetingSymbol> report)
    {
        var openByPlace = new Dictionary<string, List<MeetingSymbol>>(StringComparer.OrdinalIgnoreCase);
        var places = new List<string>();
        var clashes = new List<(int Order, MeetingSymbol First)>();
        var orderOf = new Dictionary<MeetingSymbol, int>(inDayOrder.Count);
        for (var index = 0; index < inDayOrder.Count; index++)
        {
            var second = inDayOrder[index];
            orderOf[second] = index;
            clashes.Clear();
            foreach (var place in places)
            {
                if (string.Equals(place, second.Place, StringComparison.OrdinalIgnoreCase)) continue;
                var open = openByPlace[place];
                DropEnded(open, second);
                var first = FirstOverlapping(open, second);
                if (first is not null) clashes.Add((orderOf[first], first));
            }

            clashes.Sort((a, b) => a.Order.CompareTo(b.Order));
            foreach (var clash in clashes) report(clash.First, second);

            if (!openByPlace.TryGetValue(second.Place, out var samePlace))
            {
                openByPlace[second.Place] = samePlace = new List<MeetingSymbol>();
                places.Add(second.Place);
            }

            samePlace.Add(second);
        }
    }

    /// <summary>
    /// Meetings are added in day order, so those at the front that ended before this one's first day can
    /// never overlap a later meeting either.
    /// </summary>
    private static void DropEnded(List<MeetingSymbol> open, MeetingSymbol next)
    {
        var ended = 0;
        while (ended < open.Count && open[ended].Date!.Value.End < next.Date!.Value.Start) ended++;
        if (ended > 0) open.RemoveRange(0, ended);
    }

    private static MeetingSymbol? FirstOverlapping(List<MeetingSymbol> open, MeetingSymbol second)
    {
        foreach (var first in open)
        {
            if (first.Date!.Value.End < second.Date!.Value.Start) continue;
            if (TimesCanOverlap(first, second)) return first;
        }

        return null;
    }

    /// <summary>On a single shared day, two meetings with known start times and durations overlap only if their hours do.</summary>
    private static bool TimesCanOverlap(MeetingSymbol first, MeetingSymbol second)
    {
        if (!first.Date!.Value.IsSingleDay || first.Date != second.Date) return true;
        if (first.LocalTime is not { } firstStart || second.LocalTime is not { } secondStart || first.Duration is not { } firstLength || second.Duration is not { } secondLength)
            return true;
        var firstEnd = firstStart.PlusTicks(firstLength.BclCompatibleTicks);
        var secondEnd = secondStart.PlusTicks(secondLength.BclCompatibleTicks);
        return firstStart < secondEnd && secondStart < firstEnd;
    }
}
