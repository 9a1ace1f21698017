using System;
using System.Linq;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary><c>--max-diagnostics</c>: text output stops at N diagnostics per file and counts the rest; the totals stay whole.</summary>
public sealed class MaxDiagnosticsTests : CliTestBase
{
    // Every line is an error of its own: a statement by an unknown speaker.
    private static string Broken(int errors) => string.Concat(Enumerable.Range(0, errors).Select(i => $"Nobody{i} says \"x\";\n"));

    [Fact]
    public void By_default_a_file_prints_at_most_a_hundred_diagnostics_and_a_line_counting_the_rest()
    {
        var file = Write("many.neg", Broken(130));

        var (exitCode, output, _) = Run("check", file);

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(1, exitCode);
        Assert.Equal(100, lines.Count(line => line.Contains(": error NEG", StringComparison.Ordinal)));
        Assert.EndsWith("many.neg: 30 more diagnostics not shown (--max-diagnostics 100; 0 shows all).", lines[^2], StringComparison.Ordinal);
        Assert.Equal("130 errors, 0 warnings in 1 file.", lines[^1]);
    }

    [Fact]
    public void The_cap_applies_to_each_file_on_its_own()
    {
        var first = Write("a/one.neg", Broken(3));
        var second = Write("b/two.neg", Broken(1));

        var (_, output, _) = Run("check", "--max-diagnostics", "2", first, second);

        Assert.Contains("one.neg: 1 more diagnostic not shown", output, StringComparison.Ordinal);
        Assert.DoesNotContain("two.neg: ", output.Replace("two.neg(", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(line => line.Contains(": error NEG", StringComparison.Ordinal)));
    }

    [Fact]
    public void Zero_prints_every_diagnostic()
    {
        var file = Write("many.neg", Broken(130));

        var (_, output, _) = Run("check", "--max-diagnostics", "0", file);

        Assert.Equal(130, output.Split('\n').Count(line => line.Contains(": error NEG", StringComparison.Ordinal)));
        Assert.DoesNotContain("not shown", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_never_capped()
    {
        var file = Write("many.neg", Broken(130));

        var (_, output, _) = Run("check", "--format", "json", "--max-diagnostics", "5", file);

        Assert.Contains("\"errorCount\": 130", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    public void A_value_that_is_not_a_count_is_a_usage_error(string value)
    {
        var (exitCode, _, error) = Run("check", "--max-diagnostics", value, "x.neg");

        Assert.Equal(2, exitCode);
        Assert.Contains($"--max-diagnostics '{value}' is not a whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_caps_its_diagnostics_too()
    {
        var file = Write("many.neg", Broken(5));

        var (exitCode, output, _) = Run("build", "--max-diagnostics", "1", "-o", Folder + "/out", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("many.neg: 4 more diagnostics not shown", output, StringComparison.Ordinal);
    }
}
