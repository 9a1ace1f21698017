using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>Wrapped SVG labels keep every character, in order, and each line fits its width.</summary>
public sealed class TimelineTextTests
{
    [Theory]
    [InlineData("Deadline: to start a dialogue on the modalities of local elections in accordance with Ukrainian legislation")]
    [InlineData("Deadline: an_identifier_far_too_long_to_fit_on_one_line_of_the_label_column_of_the_timeline")]
    [InlineData("朝鮮民主主義人民共和国と大韓民国の首脳会談における共同宣言の履行に関する合意事項のすべて")]
    [InlineData("Meeting at 🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦")]
    public void A_long_label_wraps_without_losing_a_character(string label)
    {
        var lines = SvgTextWrap.Lines(label, 306, 13);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(SvgTextWrap.Width(line, 13) <= 306, line));
        Assert.Equal(label.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        Assert.DoesNotContain(lines, line => line.Contains('…'));
        Assert.All(lines, line => Assert.False(line.Length > 0 && char.IsLowSurrogate(line[0]), "A line starts inside a surrogate pair."));
    }

    [Fact]
    public void A_word_of_200_000_characters_wraps_in_linear_time()
    {
        var word = new string('x', 200_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = System.GC.GetAllocatedBytesForCurrentThread();

        var lines = SvgTextWrap.Lines(word, 306, 13);

        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal(200_000, lines.Sum(line => line.Length));
        // The bound relies on widths being measured on strings: measuring the word's prefixes again and again
        // (quadratic) would then allocate gigabytes. A change to how widths are measured (on spans, say) revisits this
        // test, which would no longer catch the quadratic wrap. The bytes this thread allocated do not depend on the
        // machine's load, unlike the time it took.
        Assert.True(allocated < 200 * word.Length, $"Allocated {allocated:N0} bytes.");
        // Only a hang guard, never a measure of speed.
        Assert.True(watch.Elapsed < HangGuard.Time, $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void A_short_label_is_one_line_and_a_line_break_starts_another()
    {
        Assert.Equal(["Minsk"], SvgTextWrap.Lines("Minsk", 306, 13));
        Assert.Equal(["Palace of", "Independence"], SvgTextWrap.Lines("Palace of\nIndependence", 306, 13));
        Assert.Equal([""], SvgTextWrap.Lines("", 306, 13));
    }

    [Fact]
    public void The_unlabelled_commitment_s_whole_deliverable_is_drawn()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nmeeting Geneva 2022-01-21 with A, B <\n  A commits \"" + string.Concat(Enumerable.Repeat("a long deliverable ", 8)) + "end\" to B by next_week;\n>\n");

        var html = HtmlReportWriter.Write(model);

        Assert.Equal(string.Concat(Enumerable.Repeat("a long deliverable ", 8)) + "end", model.Timeline.Items.Single(item => item.Kind == TimelineItemKind.Deadline).Label);
        Assert.Contains(" end</tspan></text>", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("…", html.Substring(html.IndexOf("<svg", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }
}
