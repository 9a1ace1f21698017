using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// The timeline as inline SVG, drawn from the dates alone (no script): a date axis with ticks, a row per
/// meeting (a bar over its days) under its track's name, a row per commitment deadline (a bar over the
/// deadline period, coloured by state) and settling event (a diamond), and a dashed line on the "as of"
/// day. Each mark carries a <c>&lt;title&gt;</c> with the full text; all record text is escaped.
/// </summary>
internal static class SvgTimelineWriter
{
    private const double Width = 1000;
    private const double ChartLeft = 340;
    private const double ChartRight = 980;
    private const double AxisY = 34;
    private const double RowHeight = 24;
    private const int MaxTicks = 8;

    public static void Write(StringBuilder output, ReportTimeline timeline, string title)
    {
        if (timeline.Range is not { } range) return;
        var rows = Rows(timeline);
        var height = AxisY + 12 + rows.Count * RowHeight + 8;
        var scale = new Scale(range.Start, range.End);

        output.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"timeline-title\">\n");
        output.Append("<title id=\"timeline-title\">").Append(HtmlText.Attribute(title)).Append(": meetings, deadlines and settled commitments</title>\n");
        output.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-axis\" x1=\"{N(ChartLeft)}\" y1=\"{N(AxisY)}\" x2=\"{N(ChartRight)}\" y2=\"{N(AxisY)}\"/>\n");
        foreach (var (day, label) in Ticks(range.Start, range.End))
        {
            var x = scale.X(day);
            output.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-grid\" x1=\"{N(x)}\" y1=\"{N(AxisY)}\" x2=\"{N(x)}\" y2=\"{N(height - 8)}\"/>");
            output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-tick\" x=\"{N(x)}\" y=\"{N(AxisY - 8)}\" text-anchor=\"middle\">{label}</text>\n");
        }

        var y = AxisY + 12;
        foreach (var row in rows)
        {
            if (row.Item is not { } item)
            {
                output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-section\" x=\"8\" y=\"{N(y + 16)}\">{HtmlText.Attribute(ReportText.Shorten(row.Section, 44))}</text>\n");
            }
            else
            {
                Item(output, item, scale, y);
            }

            y += RowHeight;
        }

        if (timeline.AsOf is { } asOf)
        {
            var x = scale.X(asOf) + scale.DayWidth / 2;
            output.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-asof\" x1=\"{N(x)}\" y1=\"{N(AxisY)}\" x2=\"{N(x)}\" y2=\"{N(height - 8)}\"/>");
            var anchor = x > ChartRight - 60 ? "end" : "start";
            output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-asof-label\" x=\"{N(x + (anchor == "end" ? -4 : 4))}\" y=\"{N(AxisY + 10)}\" text-anchor=\"{anchor}\">as of {ReportText.Date(asOf)}</text>\n");
        }

        output.Append("</svg>\n");
    }

    private sealed record Row(string Section, TimelineItem? Item);

    /// <summary>A heading row whenever the section changes, then a row per item.</summary>
    private static List<Row> Rows(ReportTimeline timeline)
    {
        var rows = new List<Row>();
        string? section = null;
        foreach (var item in timeline.Items)
        {
            if (item.Section != section) rows.Add(new Row(section = item.Section, null));
            rows.Add(new Row(item.Section, item));
        }

        return rows;
    }

    private static void Item(StringBuilder output, TimelineItem item, Scale scale, double y)
    {
        var (word, css, description) = item.Kind switch
        {
            TimelineItemKind.Meeting => ("", "tl-meeting", "Meeting at " + item.Label + ", " + ReportText.Date(item.Date)),
            TimelineItemKind.Deadline => ("Deadline: ", "tl-deadline", "Deadline of " + item.Label + ": " + ReportText.Deadline(item.Date)),
            TimelineItemKind.Period => ("In force: ", "tl-period", "Period of " + item.Label + ": " + ReportText.Date(item.Date)),
            TimelineItemKind.Term => ("Term: ", "tl-term", "Term of " + item.Label + ": " + ReportText.Date(item.Date)),
            TimelineItemKind.Milestone => ("Milestone: ", "tl-milestone", "Milestone " + item.Label + ": " + ReportText.Date(item.Date)),
            _ => (ReportText.Capitalised(ReportText.EventVerb(item.EventKind ?? StatementKind.Fulfilment)) + ": ", "tl-event",
                ReportText.Capitalised(ReportText.EventVerb(item.EventKind ?? StatementKind.Fulfilment)) + ": " + item.Label + ", " + ReportText.Date(item.Date)),
        };
        var state = item.State is { } known ? " tl-state-" + ReportText.State(known).Replace(' ', '-') : "";
        if (item.State is { } current) description += ", state: " + ReportText.State(current);

        output.Append("<g><title>").Append(HtmlText.Attribute(description)).Append("</title>");
        output.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-label\" x=\"20\" y=\"{N(y + 16)}\">{HtmlText.Attribute(word + ReportText.Shorten(item.Label, 40 - word.Length))}</text>");
        var x1 = scale.X(item.Date.Start);
        var x2 = scale.X(item.Date.End) + scale.DayWidth;
        if (item.Kind is TimelineItemKind.Event or TimelineItemKind.Milestone)
        {
            var cx = (x1 + x2) / 2;
            var cy = y + 12;
            output.Append(CultureInfo.InvariantCulture, $"<polygon class=\"{css}{state}\" points=\"{N(cx)},{N(cy - 7)} {N(cx + 7)},{N(cy)} {N(cx)},{N(cy + 7)} {N(cx - 7)},{N(cy)}\"/>");
        }
        else
        {
            output.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}{state}\" x=\"{N(x1)}\" y=\"{N(y + 6)}\" width=\"{N(System.Math.Max(3, x2 - x1))}\" height=\"12\" rx=\"2\"/>");
        }

        output.Append("</g>\n");
    }

    /// <summary>The coarsest of days, weeks (Mondays), months, quarters and years that gives at most eight ticks.</summary>
    private static List<(LocalDate Day, string Label)> Ticks(LocalDate start, LocalDate end)
    {
        var candidates = new (System.Func<LocalDate, LocalDate> First, System.Func<LocalDate, LocalDate> Next, string Format)[]
        {
            (d => d, d => d.PlusDays(1), "yyyy-MM-dd"),
            (d => d, d => d.PlusDays(2), "yyyy-MM-dd"),
            (Monday, d => d.PlusWeeks(1), "yyyy-MM-dd"),
            (Monday, d => d.PlusWeeks(2), "yyyy-MM-dd"),
            (d => MonthStart(d, 1), d => d.PlusMonths(1), "yyyy-MM"),
            (d => MonthStart(d, 3), d => d.PlusMonths(3), "yyyy-MM"),
            (d => MonthStart(d, 6), d => d.PlusMonths(6), "yyyy-MM"),
            (d => YearStart(d, 1), d => d.PlusYears(1), "yyyy"),
            (d => YearStart(d, 2), d => d.PlusYears(2), "yyyy"),
            (d => YearStart(d, 5), d => d.PlusYears(5), "yyyy"),
            (d => YearStart(d, 10), d => d.PlusYears(10), "yyyy"),
            (d => YearStart(d, 50), d => d.PlusYears(50), "yyyy"),
            (d => YearStart(d, 100), d => d.PlusYears(100), "yyyy"),
        };

        List<LocalDate> ticks = new();
        var format = "yyyy";
        foreach (var candidate in candidates)
        {
            ticks.Clear();
            for (LocalDate? day = candidate.First(start); day <= end && ticks.Count <= MaxTicks; day = Step(candidate.Next, day.Value))
            {
                if (day >= start) ticks.Add(day.Value);
            }

            format = candidate.Format;
            if (ticks.Count <= MaxTicks) break;
        }

        return ticks.Select(day => (day, day.ToString(format, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>The next tick, or none past the calendar's last day (a record may well speak of 9999-12-31).</summary>
    private static LocalDate? Step(System.Func<LocalDate, LocalDate> next, LocalDate day)
    {
        try
        {
            return next(day);
        }
        catch (System.Exception exception) when (exception is System.OverflowException or System.ArgumentOutOfRangeException)
        {
            // NodaTime throws either, by the unit: days overflow, months and years leave the range of years.
            return null;
        }
    }

    private static LocalDate Monday(LocalDate day) => day.PlusDays(-((int)day.DayOfWeek - 1));

    private static LocalDate MonthStart(LocalDate day, int months) => new(day.Year, ((day.Month - 1) / months * months) + 1, 1);

    private static LocalDate YearStart(LocalDate day, int years) => new(day.Year / years * years, 1, 1);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Days to x: the range's first day starts at the chart's left edge, its last day ends at the right.</summary>
    private sealed class Scale(LocalDate start, LocalDate end)
    {
        private readonly int _days = Period.Between(start, end, PeriodUnits.Days).Days + 1;

        public double DayWidth => (ChartRight - ChartLeft) / _days;

        public double X(LocalDate day) => ChartLeft + (Period.Between(start, day, PeriodUnits.Days).Days * DayWidth);
    }
}
