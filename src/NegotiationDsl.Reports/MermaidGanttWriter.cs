using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// The timeline as a Mermaid Gantt chart (rendered by GitHub and VS Code): a section per track with its
/// meetings, then the commitments' deadline periods and the days they were settled, and the "as of" day.
/// The viewer's "today" marker is turned off: the chart shows the records' time, not the reader's.
/// Mermaid writes section names in a fixed column left of the bars and lets a longer name run over them, so a
/// track's section is named by its number (<c>Track 2</c>, as in the report's Tracks section) and the column is made
/// as wide as the longest name needs (<see cref="LeftPadding"/>); <see cref="Write"/> returns the tracks' names
/// by number, for a key under the chart.
/// </summary>
internal static class MermaidGanttWriter
{
    /// <summary>Mermaid's default size of a section name, and where it starts in the column.</summary>
    private const double SectionFontSize = 11;
    private const double SectionX = 10;

    public static List<(string Section, string Track)> Write(StringBuilder output, ReportTimeline timeline, string title)
    {
        var sections = timeline.Items.Select(Section).Concat(timeline.AsOf is null ? [] : ["As of"]).Distinct().ToList();
        output.Append("```mermaid\n");
        output.Append(CultureInfo.InvariantCulture, $"%%{{init: {{\"gantt\": {{\"leftPadding\": {LeftPadding(sections)}}}}}}}%%\n");
        output.Append("gantt\n");
        output.Append("    title ").Append(MermaidText.Label(title, 80)).Append('\n');
        output.Append("    dateFormat YYYY-MM-DD\n");
        output.Append("    axisFormat %Y-%m-%d\n");
        output.Append("    todayMarker off\n");
        string? section = null;
        var key = new List<(string Section, string Track)>();
        var counts = new int[System.Enum.GetValues<TimelineItemKind>().Length];
        foreach (var item in timeline.Items)
        {
            if (Section(item) != section)
            {
                section = Section(item);
                output.Append("    section ").Append(section).Append('\n');
                if (item.Track is not null) key.Add((section, item.Section));
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
        return key;
    }

    /// <summary>A section's name in the chart: <c>Track 2</c> for a track's meetings, else the section's own short name.</summary>
    internal static string Section(TimelineItem item) =>
        item.Track is { } number ? "Track " + number.ToString(CultureInfo.InvariantCulture) : MermaidText.Label(item.Section);

    /// <summary>The width of the column of section names: the longest name's estimated width and a margin each side, in tens of pixels.</summary>
    internal static int LeftPadding(IEnumerable<string> sections)
    {
        var widest = sections.Max(name => SvgTextWrap.Width(name, SectionFontSize, bold: true));
        return (int)(System.Math.Ceiling((widest + (2 * SectionX)) / 10) * 10);
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
