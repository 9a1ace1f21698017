using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// The timeline as inline SVG, drawn from the dates alone (no script): a date axis with ticks, cut where long
/// stretches hold nothing (<see cref="TimelineAxis"/>), a row per meeting (a bar over its days) under its track's
/// name, a row per commitment deadline (a bar over the deadline period, coloured by state) and settling event (a
/// diamond), and a dashed line on the "as of" day. Labels wrap within their column (<see cref="SvgTextWrap"/>); each
/// mark carries a <c>&lt;title&gt;</c> with the full text; all record text is escaped. Marks take their class from
/// <see cref="TimelineMarks"/>, and <see cref="Write"/> returns the ones it drew, for the legend.
/// </summary>
internal static class SvgTimelineWriter
{
    public const double Width = 1000;
    private const double ChartLeft = 340;
    private const double ChartRight = 980;
    private const double AxisY = 34;
    private const double LabelX = 20;
    private const double SectionX = 8;
    private const double ColumnGap = 14;
    private const double LineHeight = 17;
    private const double RowPadding = 8;
    private const double TickSpacing = 100;

    /// <summary>Font sizes in SVG units; the style sheet sets the same (<see cref="HtmlStyles"/>).</summary>
    public const double TickSize = 12;
    public const double LabelSize = 13;

    public static List<(TimelineMark Mark, List<CommitmentState> States)> Write(StringBuilder output, ReportTimeline timeline, string title)
    {
        var drawn = new List<(TimelineMark Mark, List<CommitmentState> States)>();
        if (timeline.Range is null) return drawn;
        var axis = TimelineAxis.Build(timeline.Items.Select(item => item.Date), timeline.AsOf, ChartLeft, ChartRight);
        var rows = Rows(timeline);
        var rowsBottom = AxisY + 12 + rows.Sum(row => row.Height);
        var height = rowsBottom + (axis.Breaks.IsEmpty ? 8 : 26);

        output.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"timeline-title\">\n");
        output.Append("<title id=\"timeline-title\">").Append(HtmlText.Attribute(title)).Append(": meetings, deadlines and settled commitments</title>\n");
        foreach (var segment in axis.Segments)
            output.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-axis\" x1=\"{N(segment.Left)}\" y1=\"{N(AxisY)}\" x2=\"{N(segment.Right)}\" y2=\"{N(AxisY)}\"/>\n");
        foreach (var (x, label, anchor) in Ticks(axis))
        {
            output.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-grid\" x1=\"{N(x)}\" y1=\"{N(AxisY)}\" x2=\"{N(x)}\" y2=\"{N(rowsBottom)}\"/>");
            output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-tick\" x=\"{N(x)}\" y=\"{N(AxisY - 8)}\" text-anchor=\"{anchor}\">{label}</text>\n");
        }

        var y = AxisY + 12;
        foreach (var row in rows)
        {
            if (row.Item is { } item) Item(output, item, row.Lines, axis, y, drawn);
            else output.Append("<text class=\"tl-section\">").Append(Lines(row.Lines, SectionX, y)).Append("</text>\n");
            y += row.Height;
        }

        foreach (var gap in axis.Breaks) Break(output, gap, rowsBottom, drawn);
        if (timeline.AsOf is { } asOf) AsOf(output, asOf, axis, rowsBottom, drawn);
        output.Append("</svg>\n");
        return drawn;
    }

    private sealed record Row(TimelineItem? Item, List<string> Lines)
    {
        public double Height => (Lines.Count * LineHeight) + RowPadding;
    }

    /// <summary>A heading row (the section's name) whenever the section changes, then a row per item, each as many lines high as its label needs.</summary>
    private static List<Row> Rows(ReportTimeline timeline)
    {
        var rows = new List<Row>();
        string? section = null;
        foreach (var item in timeline.Items)
        {
            if (item.Section != section)
                rows.Add(new Row(null, SvgTextWrap.Lines(section = item.Section, ChartLeft - SectionX - ColumnGap, LabelSize, bold: true)));
            rows.Add(new Row(item, SvgTextWrap.Lines(Word(item) + item.Label, ChartLeft - LabelX - ColumnGap, LabelSize)));
        }

        return rows;
    }

    private static string Word(TimelineItem item) => item.Kind switch
    {
        TimelineItemKind.Meeting => "",
        TimelineItemKind.Deadline => "Deadline: ",
        TimelineItemKind.Period => "In force: ",
        TimelineItemKind.Term => "Term: ",
        TimelineItemKind.Milestone => "Milestone: ",
        _ => ReportText.Capitalised(ReportText.EventVerb(item.EventKind ?? StatementKind.Fulfilment)) + ": ",
    };

    private static string Description(TimelineItem item) => item.Kind switch
    {
        TimelineItemKind.Meeting => "Meeting at " + item.Label + ", " + ReportText.Date(item.Date),
        TimelineItemKind.Deadline => "Deadline of " + item.Label + ": " + ReportText.Deadline(item.Date),
        TimelineItemKind.Period => "Period of " + item.Label + ": " + ReportText.Date(item.Date),
        TimelineItemKind.Term => "Term of " + item.Label + ": " + ReportText.Date(item.Date),
        TimelineItemKind.Milestone => "Milestone " + item.Label + ": " + ReportText.Date(item.Date),
        _ => Word(item) + item.Label + ", " + ReportText.Date(item.Date),
    } + (item.State is { } state ? ", state: " + ReportText.State(state) : "");

    private static void Item(StringBuilder output, TimelineItem item, List<string> lines, TimelineAxis axis, double y, List<(TimelineMark Mark, List<CommitmentState> States)> drawn)
    {
        var mark = TimelineMarks.For(item);
        Drawn(drawn, mark, item.State);
        output.Append("<g><title>").Append(HtmlText.Attribute(Description(item))).Append("</title>");
        output.Append("<text class=\"tl-label\">").Append(Lines(lines, LabelX, y)).Append("</text>");
        var x1 = axis.X(item.Date.Start);
        var x2 = axis.XEnd(item.Date.End);
        if (mark.Shape == MarkShape.Diamond)
        {
            var cx = (x1 + x2) / 2;
            var cy = y + 13;
            output.Append(CultureInfo.InvariantCulture, $"<polygon class=\"{mark.Class}\" points=\"{N(cx)},{N(cy - 7)} {N(cx + 7)},{N(cy)} {N(cx)},{N(cy + 7)} {N(cx - 7)},{N(cy)}\"/>");
        }
        else
        {
            output.Append(CultureInfo.InvariantCulture, $"<rect class=\"{mark.Class}\" x=\"{N(x1)}\" y=\"{N(y + 7)}\" width=\"{N(System.Math.Max(3, x2 - x1))}\" height=\"12\" rx=\"2\"/>");
        }

        output.Append("</g>\n");
    }

    /// <summary>The lines of a label, escaped, a <c>tspan</c> each.</summary>
    private static string Lines(List<string> lines, double x, double y)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
            text.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" y=\"{N(y + ((i + 1) * LineHeight))}\">{HtmlText.Attribute(lines[i])}</tspan>");
        return text.ToString();
    }

    /// <summary>A pale band over the rows where the axis leaves time out, the axis's ends slanted, and the length left out under it.</summary>
    private static void Break(StringBuilder output, AxisBreak gap, double rowsBottom, List<(TimelineMark Mark, List<CommitmentState> States)> drawn)
    {
        Drawn(drawn, TimelineMarks.Break, null);
        var centre = (gap.Left + gap.Right) / 2;
        output.Append("<g><title>").Append(ReportText.Date(gap.FirstSkipped)).Append("..").Append(ReportText.Date(gap.LastSkipped))
            .Append(" left out of the axis (").Append(Length(gap, exact: true)).Append(")</title>");
        output.Append(CultureInfo.InvariantCulture, $"<rect class=\"{TimelineMarks.Break.Class}\" x=\"{N(gap.Left + 6)}\" y=\"{N(AxisY - 6)}\" width=\"{N(gap.Right - gap.Left - 12)}\" height=\"{N(rowsBottom - AxisY + 6)}\"/>");
        output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-break-label\" x=\"{N(centre)}\" y=\"{N(rowsBottom + 17)}\" text-anchor=\"middle\">{Length(gap, exact: false)}</text></g>\n");
    }

    /// <summary>The length of the time left out: the largest unit only (<c>6 years</c>, <c>9 months</c>, <c>75 days</c>), or exact for the title.</summary>
    private static string Length(AxisBreak gap, bool exact)
    {
        var period = Period.Between(gap.FirstSkipped, gap.LastSkipped.PlusDays(1), PeriodUnits.YearMonthDay);
        var parts = new List<string>();
        if (period.Years > 0) parts.Add(Count(period.Years, "year"));
        if (period.Months > 0) parts.Add(Count(period.Months, "month"));
        if (period.Days > 0 || parts.Count == 0) parts.Add(Count(period.Days, "day"));
        if (exact || parts.Count == 1) return string.Join(", ", parts);
        return period.Years > 0 || period.Months > 0 ? parts[0] : Count(Period.Between(gap.FirstSkipped, gap.Before, PeriodUnits.Days).Days, "day");
    }

    private static string Count(int count, string unit) => count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s");

    private static void AsOf(StringBuilder output, LocalDate asOf, TimelineAxis axis, double rowsBottom, List<(TimelineMark Mark, List<CommitmentState> States)> drawn)
    {
        Drawn(drawn, TimelineMarks.AsOf, null);
        var x = (axis.X(asOf) + axis.XEnd(asOf)) / 2;
        var label = "as of " + ReportText.Date(asOf);
        var end = x + 4 + SvgTextWrap.Width(label, TickSize, bold: true) > Width;
        output.Append(CultureInfo.InvariantCulture, $"<line class=\"{TimelineMarks.AsOf.Class}\" x1=\"{N(x)}\" y1=\"{N(AxisY)}\" x2=\"{N(x)}\" y2=\"{N(rowsBottom)}\"/>");
        output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-asof-label\" x=\"{N(x + (end ? -4 : 4))}\" y=\"{N(AxisY + 10)}\" text-anchor=\"{(end ? "end" : "start")}\">{label}</text>\n");
    }

    private static void Drawn(List<(TimelineMark Mark, List<CommitmentState> States)> drawn, TimelineMark mark, CommitmentState? state)
    {
        var index = drawn.FindIndex(entry => entry.Mark == mark);
        if (index < 0)
        {
            drawn.Add((mark, []));
            index = drawn.Count - 1;
        }

        if (state is { } known && !drawn[index].States.Contains(known)) drawn[index].States.Add(known);
    }

    /// <summary>
    /// Each segment's ticks (<see cref="TimelineTicks"/>), at most one per <see cref="TickSpacing"/>; a tick whose label
    /// would touch the one before is left out, and one near the right edge is anchored at its end.
    /// </summary>
    private static List<(double X, string Label, string Anchor)> Ticks(TimelineAxis axis)
    {
        var ticks = new List<(double X, string Label, string Anchor)>();
        var previousRight = double.MinValue;
        foreach (var segment in axis.Segments)
        {
            var most = System.Math.Max(1, (int)((segment.Right - segment.Left) / TickSpacing));
            foreach (var (day, label) in TimelineTicks.For(segment.First, segment.Last, most))
            {
                var x = axis.X(day);
                var width = SvgTextWrap.Width(label, TickSize);
                var anchor = x + (width / 2) > Width - 2 ? "end" : "middle";
                var left = anchor == "end" ? x - width : x - (width / 2);
                if (left < previousRight + 8) continue;
                ticks.Add((x, label, anchor));
                previousRight = anchor == "end" ? x : x + (width / 2);
            }
        }

        return ticks;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
