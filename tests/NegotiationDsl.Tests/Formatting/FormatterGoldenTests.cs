using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Formatting;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Formatting;

/// <summary>tests/formatting/&lt;name&gt;/input.neg formats to expected.neg, and expected.neg is already formatted.</summary>
public sealed class FormatterGoldenTests
{
    public static IEnumerable<object[]> Samples() =>
        Directory.GetDirectories(RepoPaths.FormattingSamples).OrderBy(path => path, System.StringComparer.Ordinal).Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Input_formats_to_the_expected_file(string sample)
    {
        var folder = Path.Combine(RepoPaths.FormattingSamples, sample);
        var input = File.ReadAllText(Path.Combine(folder, "input.neg"));

        GoldenFile.AssertMatches(Path.Combine(folder, "expected.neg"), Format(input));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_expected_file_is_a_fixed_point(string sample)
    {
        var expected = File.ReadAllText(Path.Combine(RepoPaths.FormattingSamples, sample, "expected.neg"));

        Assert.Equal(expected, Format(expected));
    }

    [Fact]
    public void A_file_with_syntax_errors_comes_back_unchanged()
    {
        var input = "party USA   state;\nmeeting Geneva <\n  USA says \"one\"\n>\n";
        var tree = SyntaxTree.ParseText(input);

        Assert.False(Formatter.CanFormat(tree));
        Assert.Same(tree.Text.Text, Formatter.Format(tree));
    }

    [Fact]
    public void Line_endings_become_lf_and_a_byte_order_mark_stays_first()
    {
        var input = "\uFEFFparty USA state;\r\n\r\n\r\n/* a\r\n   b */\r\nparty Russia\tstate;  \r\n";

        Assert.Equal("\uFEFFparty USA state;\n\n/* a\n   b */\nparty Russia state;\n", Format(input));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  \n\n  ", "")]
    [InlineData("// only a comment", "// only a comment\n")]
    [InlineData("party USA state;", "party USA state;\n")]
    [InlineData("party USA state;\n\n\n", "party USA state;\n")]
    public void A_file_ends_with_exactly_one_newline_unless_it_is_empty(string input, string expected)
    {
        Assert.Equal(expected, Format(input));
    }

    [Fact]
    public void Date_ranges_labels_and_lists_take_no_space_before_their_punctuation()
    {
        var input = "x : talks 2022-01-10 .. 2022-01-13 with A , B and C < >";

        Assert.Equal("x: talks 2022-01-10..2022-01-13 with A, B and C < >\n", Format(input));
    }

    private static string Format(string text) => Formatter.Format(SyntaxTree.ParseText(text));
}
