using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

internal enum MarkShape
{
    Bar,
    Diamond,

    /// <summary>A dashed vertical line (the "as of" day).</summary>
    Line,

    /// <summary>A band where the axis leaves time out.</summary>
    Break,
}

/// <summary>
/// One way the timeline draws something: its CSS class, shape and colour, and what the legend calls it. Item marks
/// match a kind of item and, if <see cref="States"/> is not empty, the commitment's state.
/// </summary>
internal sealed record TimelineMark(string Class, MarkShape Shape, string Colour, string Legend, TimelineItemKind? Kind, ImmutableArray<CommitmentState> States);

/// <summary>
/// The one table of the timeline's marks: the SVG takes each item's class from it, the style sheet its colours, and
/// the legend its entries, so the three cannot drift apart. An item takes the first row of its kind whose states hold
/// its state (a row without states takes any).
/// </summary>
internal static class TimelineMarks
{
    public static readonly TimelineMark AsOf = new("tl-asof", MarkShape.Line, "#c0392b", "The “as of” day", null, []);
    public static readonly TimelineMark Break = new("tl-break", MarkShape.Break, "#8a94a6", "Time left out of the axis (its length under the break)", null, []);

    public static readonly ImmutableArray<TimelineMark> Items =
    [
        new("tl-meeting", MarkShape.Bar, "#2f5d8a", "Meeting", TimelineItemKind.Meeting, []),
        new("tl-deadline-due", MarkShape.Bar, "#e0a800", "Deadline period", TimelineItemKind.Deadline, [CommitmentState.Due]),
        new("tl-deadline-missed", MarkShape.Bar, "#c0392b", "Deadline period", TimelineItemKind.Deadline, [CommitmentState.Overdue, CommitmentState.Broken]),
        new("tl-deadline-fulfilled", MarkShape.Bar, "#2e8b57", "Deadline period", TimelineItemKind.Deadline, [CommitmentState.Fulfilled]),
        new("tl-deadline-late", MarkShape.Bar, "#8a9a1b", "Deadline period", TimelineItemKind.Deadline, [CommitmentState.FulfilledLate]),
        new("tl-deadline-unknown", MarkShape.Bar, "#9b6fbf", "Deadline period", TimelineItemKind.Deadline, [CommitmentState.Unknown]),
        new("tl-deadline", MarkShape.Bar, "#9aa5b8", "Deadline period", TimelineItemKind.Deadline, []),
        new("tl-period-violated", MarkShape.Bar, "#c0392b", "Obligation’s period", TimelineItemKind.Period, [CommitmentState.Violated]),
        new("tl-period", MarkShape.Bar, "#5b8db8", "Obligation’s period", TimelineItemKind.Period, []),
        new("tl-term", MarkShape.Bar, "#5b7db1", "Agreement’s term", TimelineItemKind.Term, []),
        new("tl-event-broken", MarkShape.Diamond, "#c0392b", "Day settled", TimelineItemKind.Event, [CommitmentState.Broken, CommitmentState.Violated]),
        new("tl-event-fulfilled", MarkShape.Diamond, "#2e8b57", "Day settled", TimelineItemKind.Event, [CommitmentState.Fulfilled]),
        new("tl-event-late", MarkShape.Diamond, "#8a9a1b", "Day settled", TimelineItemKind.Event, [CommitmentState.FulfilledLate]),
        new("tl-event", MarkShape.Diamond, "#4a4a4a", "Day settled", TimelineItemKind.Event, []),
        new("tl-milestone", MarkShape.Diamond, "#7b5ea7", "Milestone", TimelineItemKind.Milestone, []),
    ];

    public static ImmutableArray<TimelineMark> All { get; } = [.. Items, AsOf, Break];

    public static TimelineMark For(TimelineItem item) =>
        Items.First(mark => mark.Kind == item.Kind && (mark.States.IsEmpty || (item.State is { } state && mark.States.Contains(state))));

    /// <summary>The marks' rules of the style sheet: a fill for bars and diamonds, a dashed stroke for lines, a pale band for breaks.</summary>
    public static string Css()
    {
        var css = new StringBuilder();
        foreach (var mark in All)
        {
            css.Append('.').Append(mark.Class).Append(mark.Shape switch
            {
                MarkShape.Bar => " { fill: " + mark.Colour + "; }",
                MarkShape.Diamond => " { fill: " + mark.Colour + "; stroke: #fff; stroke-width: 1; }",
                MarkShape.Line => " { stroke: " + mark.Colour + "; stroke-width: 1.5; stroke-dasharray: 4 3; fill: none; }",
                _ => " { fill: #fff; fill-opacity: .88; stroke: " + mark.Colour + "; stroke-width: 1; stroke-dasharray: 2 2; }",
            }).Append('\n');
        }

        return css.ToString();
    }
}
