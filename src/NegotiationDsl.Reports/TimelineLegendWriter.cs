using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// The timeline's legend as an HTML list under the SVG: a swatch drawn with the mark's own class (so its colour is the
/// style sheet's, from <see cref="TimelineMarks"/>) and what the mark means, with the states it shows on this page.
/// Only the marks the timeline drew are listed, in the table's order.
/// </summary>
internal static class TimelineLegendWriter
{
    public static void Write(StringBuilder output, List<(TimelineMark Mark, List<CommitmentState> States)> drawn)
    {
        if (drawn.Count == 0) return;
        output.Append("<ul class=\"tl-legend\" aria-label=\"Legend\">\n");
        foreach (var mark in TimelineMarks.All)
        {
            if (drawn.FirstOrDefault(entry => entry.Mark == mark) is not { Mark: not null } entry) continue;
            output.Append("<li><svg class=\"tl-swatch\" viewBox=\"0 0 22 14\" aria-hidden=\"true\">").Append(Swatch(mark)).Append("</svg>")
                .Append(HtmlText.Text(Text(mark, entry.States))).Append("</li>\n");
        }

        output.Append("</ul>\n");
    }

    /// <summary>The mark's meaning, with the states it is drawn for here in the order of their kind: <c>Deadline period: overdue or broken</c>.</summary>
    public static string Text(TimelineMark mark, IEnumerable<CommitmentState> states)
    {
        var words = states.Order().Select(ReportText.State).ToList();
        return words.Count == 0 ? mark.Legend : mark.Legend + ": " + (words.Count == 1 ? words[0] : string.Join(", ", words[..^1]) + " or " + words[^1]);
    }

    private static string Swatch(TimelineMark mark) => mark.Shape switch
    {
        MarkShape.Bar => "<rect class=\"" + mark.Class + "\" x=\"1\" y=\"2\" width=\"20\" height=\"10\" rx=\"2\"/>",
        MarkShape.Diamond => "<polygon class=\"" + mark.Class + "\" points=\"11,0 18,7 11,14 4,7\"/>",
        MarkShape.Line => "<line class=\"" + mark.Class + "\" x1=\"11\" y1=\"0\" x2=\"11\" y2=\"14\"/>",
        _ => "<rect class=\"" + mark.Class + "\" x=\"5\" y=\"0.5\" width=\"12\" height=\"13\"/>",
    };
}
