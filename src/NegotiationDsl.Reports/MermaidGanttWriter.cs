using System.Globalization;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// The timeline as a Mermaid Gantt chart (rendered by GitHub and VS Code): a section per track with its
/// meetings, then the commitments' deadline periods and the days they were settled, and the "as of" day.
/// The viewer's "today" marker is turned off: the chart shows the records' time, not the reader's.
/// </summary>
internal static class MermaidGanttWriter
{
    public static void Write(StringBuilder output, ReportTimeline timeline, string title)
    {
        output.Append("```mermaid\n");
        output.Append("gantt\n");
        output.Append("    title ").Append(MermaidText.Label(title, 80)).Append('\n');
        output.Append("    dateFormat YYYY-MM-DD\n");
        output.Append("    axisFormat %Y-%m-%d\n");
        output.Append("    todayMarker off\n");
        string? section = null;
        var counts = new int[System.Enum.GetValues<TimelineItemKind>().Length];
        foreach (var item in timeline.Items)
        {
            if (item.Section != section)
            {
                section = item.Section;
                output.Append("    section ").Append(MermaidText.Label(section)).Append('\n');
            }

            var (word, prefix) = item.Kind switch
            {
                TimelineItemKind.Meeting => ("Meeting", "m"),
                TimelineItemKind.Deadline => ("Deadline", "d"),
                TimelineItemKind.Period => ("In force", "p"),
                TimelineItemKind.Term => ("Term", "t"),
                TimelineItemKind.Milestone => ("Milestone", "ms"),
                _ => (ReportText.Capitalised(ReportText.EventVerb(item.EventKind ?? StatementKind.Fulfilment)), "e"),
            };
            var id = prefix + (++counts[(int)item.Kind]).ToString(CultureInfo.InvariantCulture);
            var tags = Tags(item);
            var length = item.Kind is TimelineItemKind.Event or TimelineItemKind.Milestone ? "0d" : item.Date.DayCount.ToString(CultureInfo.InvariantCulture) + "d";
            output.Append("    ").Append(word).Append(' ').Append(MermaidText.Label(item.Label))
                .Append(" :").Append(tags).Append(id).Append(", ").Append(ReportText.Date(item.Date.Start)).Append(", ").Append(length).Append('\n');
        }

        if (timeline.AsOf is { } asOf)
        {
            var day = ReportText.Date(asOf);
            output.Append("    section As of\n");
            output.Append("    As of ").Append(day).Append(" :milestone, asof, ").Append(day).Append(", 0d\n");
        }

        output.Append("```\n");
    }

    /// <summary>Mermaid's task tags: settled on time is done, overdue or broken is critical, due is active.</summary>
    private static string Tags(TimelineItem item)
    {
        var state = item.State switch
        {
            CommitmentState.Fulfilled or CommitmentState.FulfilledLate => "done, ",
            CommitmentState.Overdue or CommitmentState.Broken or CommitmentState.Violated => "crit, ",
            CommitmentState.Due or CommitmentState.InForce => "active, ",
            CommitmentState.Ended => "done, ",
            _ => "",
        };
        return item.Kind switch
        {
            TimelineItemKind.Meeting => "",
            TimelineItemKind.Event => "milestone, " + state,
            TimelineItemKind.Milestone => "milestone, ",
            _ => state,
        };
    }
}
