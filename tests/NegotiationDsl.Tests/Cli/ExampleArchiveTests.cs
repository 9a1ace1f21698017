using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The bundled examples are an archive: a register (examples/actors), the Geneva record and, in a folder of its own,
/// the follow-up that fulfils its written response. Run on the Geneva folder alone, negc binds the whole archive.
/// </summary>
public sealed class ExampleArchiveTests : CliTestBase
{
    private static string Geneva => Path.Combine(RepoPaths.Examples, "geneva-2022");

    [Fact]
    public void Checking_the_examples_finds_no_error_and_no_warning()
    {
        var (exitCode, output, error) = Run("check", RepoPaths.Examples);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("0 errors, 0 warnings in 8 files.", output.Trim().Split('\n').Last());
        Assert.Equal("", error);
    }

    [Fact]
    public void On_2022_01_31_the_Geneva_folder_shows_the_written_response_fulfilled_in_the_follow_up()
    {
        var line = WrittenResponse("2022-01-31");

        Assert.Contains("2022-01-24..2022-01-30 (week)", line, StringComparison.Ordinal);
        Assert.Equal("fulfilled", State(line));
    }

    [Fact]
    public void On_2022_01_25_the_Geneva_folder_shows_the_written_response_still_due()
    {
        var line = WrittenResponse("2022-01-25");

        Assert.Contains("2022-01-24..2022-01-30 (week)", line, StringComparison.Ordinal);
        Assert.Contains(State(line), new[] { "open", "due" });
    }

    private static string WrittenResponse(string asOf)
    {
        var (exitCode, output, error) = Run("status", "--as-of", asOf, Geneva);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains($"Commitments as of {asOf}:", output, StringComparison.Ordinal);
        return output.Split('\n').Single(line => line.StartsWith("written_response ", StringComparison.Ordinal));
    }

    /// <summary>The STATE column: the word after the deadline's "(week)".</summary>
    private static string State(string line) =>
        line.Substring(line.IndexOf("(week)", StringComparison.Ordinal) + "(week)".Length).TrimStart().Split(' ')[0];
}
