using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>The legend lists exactly the marks the timeline draws, from the table that styles them.</summary>
public sealed class TimelineLegendTests
{
    public static TheoryData<string> Examples() => new(ExampleGoldenTests.Folders().Select(folder => (string)folder[0]));

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_legend_lists_every_mark_class_the_timeline_draws_and_no_other(string folder)
    {
        var html = HtmlReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile(folder), ExampleGoldenTests.Name(folder)));
        var match = Regex.Match(html, "<figure class=\"timeline\">(.*?)</figure>", RegexOptions.Singleline);
        if (!match.Success)
        {
            Assert.Contains("so there is nothing to draw", html, System.StringComparison.Ordinal);
            return;
        }

        var figure = match.Groups[1].Value;
        var svg = figure.Substring(0, figure.IndexOf("<ul class=\"tl-legend\"", System.StringComparison.Ordinal));
        var legend = figure.Substring(svg.Length);
        var marks = TimelineMarks.All.Select(mark => mark.Class).ToHashSet();

        var drawn = Regex.Matches(svg, "class=\"([a-z-]+)\"").Select(match => match.Groups[1].Value).Where(marks.Contains).Distinct().Order().ToList();
        var listed = Regex.Matches(legend, "class=\"([a-z-]+)\"").Select(match => match.Groups[1].Value).Where(marks.Contains).Order().ToList();

        Assert.NotEmpty(drawn);
        Assert.Equal(drawn, listed);
    }

    [Fact]
    public void Every_mark_has_its_colour_in_the_style_sheet_and_a_class_of_its_own()
    {
        Assert.Equal(TimelineMarks.All.Length, TimelineMarks.All.Select(mark => mark.Class).Distinct().Count());
        Assert.All(TimelineMarks.All, mark => Assert.Contains("." + mark.Class + " { ", HtmlStyles.Css, System.StringComparison.Ordinal));
        Assert.All(TimelineMarks.All, mark => Assert.Contains(mark.Colour, HtmlStyles.Css, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Every_item_kind_and_state_has_a_mark()
    {
        foreach (var kind in System.Enum.GetValues<TimelineItemKind>())
        {
            foreach (var state in System.Enum.GetValues<CommitmentState>().Cast<CommitmentState?>().Append(null))
            {
                var item = new TimelineItem(kind, "s", "x", Dates.DateInterval.Day(new NodaTime.LocalDate(2022, 1, 1)), state, null);
                Assert.Equal(kind, TimelineMarks.For(item).Kind);
            }
        }
    }

    [Fact]
    public void A_legend_entry_names_the_states_the_page_shows()
    {
        var deadline = TimelineMarks.Items.Single(mark => mark.Class == "tl-deadline-missed");

        Assert.Equal("Deadline period: overdue or broken", TimelineLegendWriter.Text(deadline, [CommitmentState.Broken, CommitmentState.Overdue]));
        Assert.Equal("Deadline period: overdue", TimelineLegendWriter.Text(deadline, [CommitmentState.Overdue]));
        Assert.Equal("Meeting", TimelineLegendWriter.Text(TimelineMarks.Items[0], []));
    }
}
