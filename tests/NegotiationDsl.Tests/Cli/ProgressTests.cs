using System;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// <c>negc build</c> and <c>negc report</c> show a progress line on standard error when it is a terminal, and nothing
/// when it is redirected; the line is cleared before anything else is printed, so no diagnostic shares a row with it.
/// </summary>
public sealed class ProgressTests : CliTestBase
{
    // NEG2007, a warning: Lavrov speaks in a meeting he does not take part in.
    private const string Warned = "person Blinken;\nperson Lavrov;\nmeeting Geneva 2022-01-21 with Blinken < Lavrov says \"x\"; >\n";

    [Theory]
    [InlineData("build")]
    [InlineData("report")]
    public void On_a_terminal_progress_appears_on_standard_error_and_is_cleared_at_the_end(string command)
    {
        var (exitCode, _, error) = RunWithProgress(out _, command, Path.Combine(RepoPaths.Examples, "geneva-2022"), "-o", Path.Combine(Folder, "out"));

        Assert.Equal(0, exitCode);
        Assert.Contains("\rnegc: reading records...", error, StringComparison.Ordinal);
        Assert.Equal("", Screen(error).Trim());
    }

    [Fact]
    public void Progress_is_cleared_before_a_diagnostic_is_printed()
    {
        var record = Write("records/x.neg", Warned);

        var (exitCode, output, _) = RunWithProgress(out var shared, "build", record, "-o", Path.Combine(Folder, "out"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("\r", shared, StringComparison.Ordinal);
        var screen = Screen(shared).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(screen, line => line.StartsWith(record, StringComparison.Ordinal) && line.Contains("warning", StringComparison.Ordinal));
        Assert.All(screen, line => Assert.DoesNotContain("negc: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Redirected_the_real_negc_prints_no_progress()
    {
        var (exitCode, output, error) = NegcProcess.Run("", new(), "build", Path.Combine(RepoPaths.Examples, "geneva-2022"), "-o", Path.Combine(Folder, "out"));

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("", error);
    }

    /// <summary>Runs negc with standard error a terminal; <paramref name="shared"/> is both streams as one terminal shows them.</summary>
    private static (int ExitCode, string Output, string Error) RunWithProgress(out string shared, params string[] args)
    {
        var both = new StringBuilder();
        using var output = new TeeWriter(both);
        using var error = new TeeWriter(both);
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal: false, useColor: false) { ShowsProgress = true });
        shared = both.ToString();
        return (exitCode, output.Own.ToString(), error.Own.ToString());
    }

    /// <summary>What a terminal shows: a carriage return goes back to the start of the row, and what follows overwrites it.</summary>
    private static string Screen(string written)
    {
        var screen = new StringBuilder();
        foreach (var row in written.Split('\n'))
        {
            var cells = new StringBuilder();
            var column = 0;
            foreach (var c in row)
            {
                if (c == '\r')
                {
                    column = 0;
                    continue;
                }

                if (column < cells.Length) cells[column] = c;
                else cells.Append(c);
                column++;
            }

            screen.Append(cells.ToString().TrimEnd()).Append('\n');
        }

        return screen.ToString();
    }

    /// <summary>A writer that keeps its own text and adds it to a shared one too, as two streams on one terminal.</summary>
    private sealed class TeeWriter(StringBuilder shared) : StringWriter
    {
        public StringBuilder Own { get; } = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            Own.Append(value);
            shared.Append(value);
        }

        public override void Write(string? value)
        {
            Own.Append(value);
            shared.Append(value);
        }

        public override void WriteLine(string? value) => Write(value + "\n");
    }
}
