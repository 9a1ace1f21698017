using System;
using System.Collections.Generic;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>
/// Finds the meetings one person attends at a time that overlaps a meeting at another place. Each meeting is a
/// span of time: from its start time to the end of its duration when it is one day with both known, else its
/// whole days. One sweep in order of start keeps the meetings still running, by place, and the places that have
/// one: a meeting clashes with exactly the places running when it starts, other than its own. So thousands of
/// meetings on one day cost n log n, and each meeting is reported once, with a few of those places and their count.
/// </summary>
internal static class MeetingClashes
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;

    /// <summary>
    /// Calls <paramref name="report"/> for each meeting (in order of start, then as given) that starts while the
    /// person is in a meeting at another place, with the first few such places (the earliest running meeting of each,
    /// in the order the places came in) and how many places there are.
    /// </summary>
    public static void Find(IReadOnlyList<MeetingSymbol> meetings, Action<MeetingSymbol, IReadOnlyList<MeetingSymbol>, int> report)
    {
        var starts = new long[meetings.Count];
        var ends = new long[meetings.Count];
        var order = new int[meetings.Count];
        for (var i = 0; i < meetings.Count; i++)
        {
            (starts[i], ends[i]) = SpanOf(meetings[i]);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => starts[a] != starts[b] ? starts[a].CompareTo(starts[b]) : a.CompareTo(b));

        var places = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var running = new LinkedList<Place>();
        var byEnd = new EndHeap(ends);
        var nodes = new LinkedListNode<MeetingSymbol>[meetings.Count];
        var placeOf = new Place[meetings.Count];
        var clashing = new List<MeetingSymbol>(DiagnosticCatalog.MaxListedItems);
        foreach (var index in order)
        {
            while (byEnd.Count > 0 && ends[byEnd.Peek()] <= starts[index])
            {
                var ended = byEnd.Pop();
                var place = placeOf[ended];
                place.Running.Remove(nodes[ended]);
                if (place.Running.Count == 0) running.Remove(place.Node);
            }

            var meeting = meetings[index];
            if (!places.TryGetValue(meeting.Place, out var own))
            {
                places[meeting.Place] = own = new Place();
                own.Node = new LinkedListNode<Place>(own);
            }

            var others = running.Count - (own.Running.Count > 0 ? 1 : 0);
            if (others > 0)
            {
                clashing.Clear();
                for (var node = running.First; node is not null && clashing.Count < DiagnosticCatalog.MaxListedItems; node = node.Next)
                {
                    if (node.Value != own) clashing.Add(node.Value.Running.First!.Value);
                }

                report(meeting, clashing, others);
            }

            if (own.Running.Count == 0) running.AddLast(own.Node);
            nodes[index] = own.Running.AddLast(meeting);
            placeOf[index] = own;
            byEnd.Push(index);
        }
    }

    /// <summary>The meeting as [start, end) in ticks: its hours when it is one day with a start time and a duration (cut at midnight), else its days.</summary>
    private static (long Start, long End) SpanOf(MeetingSymbol meeting)
    {
        var date = meeting.Date!.Value;
        var firstDay = DayNumber(date.Start) * TicksPerDay;
        if (date.IsSingleDay && meeting.LocalTime is { } time && meeting.Duration is { } duration)
        {
            var start = firstDay + time.TickOfDay;
            var length = Math.Min(duration.BclCompatibleTicks, TicksPerDay);
            return (start, Math.Min(start + length, firstDay + TicksPerDay));
        }

        return (firstDay, (DayNumber(date.End) + 1) * TicksPerDay);
    }

    /// <summary>Days since 0000-03-01 in the proleptic Gregorian calendar (ISO), for any year.</summary>
    private static long DayNumber(LocalDate date)
    {
        // Counting years from March puts the leap day at the end of the year.
        long year = date.Month <= 2 ? date.Year - 1 : date.Year;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (date.Month > 2 ? date.Month - 3 : date.Month + 9)) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra;
    }

    /// <summary>A place's meetings still running, in order of start, and its place in the list of places with one.</summary>
    private sealed class Place
    {
        public LinkedList<MeetingSymbol> Running { get; } = new();

        public LinkedListNode<Place> Node { get; set; } = null!;
    }

    /// <summary>Running meetings (as indexes) by end, the earliest on top.</summary>
    private sealed class EndHeap(long[] ends)
    {
        private readonly List<int> _items = new();

        public int Count => _items.Count;

        public int Peek() => _items[0];

        public void Push(int item)
        {
            _items.Add(item);
            for (var i = _items.Count - 1; i > 0;)
            {
                var parent = (i - 1) / 2;
                if (!Less(_items[i], _items[parent])) break;
                (_items[i], _items[parent]) = (_items[parent], _items[i]);
                i = parent;
            }
        }

        public int Pop()
        {
            var top = _items[0];
            var last = _items.Count - 1;
            _items[0] = _items[last];
            _items.RemoveAt(last);
            for (var i = 0; ;)
            {
                var smallest = i;
                var left = (2 * i) + 1;
                if (left < _items.Count && Less(_items[left], _items[smallest])) smallest = left;
                if (left + 1 < _items.Count && Less(_items[left + 1], _items[smallest])) smallest = left + 1;
                if (smallest == i) break;
                (_items[i], _items[smallest]) = (_items[smallest], _items[i]);
                i = smallest;
            }

            return top;
        }

        private bool Less(int a, int b) => ends[a] != ends[b] ? ends[a] < ends[b] : a < b;
    }
}
