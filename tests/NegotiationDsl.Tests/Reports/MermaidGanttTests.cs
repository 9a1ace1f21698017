using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Golden;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The Mermaid chart keeps section names off the bars: Mermaid writes them in a column as wide as leftPadding and lets
/// a longer one run over the bars, so every name must fit that column. No Mermaid renderer runs offline here, so
/// these are rules on the text; the names are short, and the column is sized for the widest (estimated wide).
/// </summary>
public sealed class MermaidGanttTests
{
    public static TheoryData<string> Examples() => new(ExampleGoldenTests.Folders().Select(folder => (string)folder[0]));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_section_name_fits_the_column_left_of_the_bars(string folder)
    {
        var markdown = MarkdownReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile(folder), ExampleGoldenTests.Name(folder)));
        var padding = Regex.Match(markdown, @"%%\{init: \{""gantt"": \{""leftPadding"": (\d+)\}\}\}%%");
        if (!padding.Success) return;
        var sections = Regex.Matches(markdown, "^    section (.+)$", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(sections);
        Assert.All(sections, section => Assert.True(10 + SvgTextWrap.Width(section, 11, bold: true) <= int.Parse(padding.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), section));
        Assert.All(sections, section => Assert.True(section.Length <= 12, $"A long section name: {section}"));
    }

    [Fact]
    public void A_track_s_section_is_its_number_with_its_name_under_the_chart()
    {
        var markdown = MarkdownReportWriter.Write(ReportModel.Build(ExampleGoldenTests.Compile("examples/minsk-2015"), "minsk-2015"));

        Assert.Contains("    section Track 1\n", markdown, System.StringComparison.Ordinal);
        Assert.Contains("```\n\n**Track 1**: Minsk II\n", markdown, System.StringComparison.Ordinal);
        Assert.Contains("### 1. Minsk II", markdown, System.StringComparison.Ordinal);
    }
}
