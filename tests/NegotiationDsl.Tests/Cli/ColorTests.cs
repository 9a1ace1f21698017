using System;
using System.IO;
using NegotiationDsl.Cli;
using NegotiationDsl.Cli.CommandLine;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>Colour: --no-color, then NO_COLOR, then FORCE_COLOR, then whether standard output is a terminal.</summary>
public sealed class ColorTests : CliTestBase
{
    private const string Typo = "party USA;\nperson Blinken of USA;\nBlinkn says \"x\";\n";

    [Theory]
    [InlineData(false, null, null, true, true)]
    [InlineData(false, null, null, false, false)]
    [InlineData(false, "1", null, true, false)]
    [InlineData(false, "", null, true, true)]
    [InlineData(false, "0", null, true, false)]
    [InlineData(false, null, "1", false, true)]
    [InlineData(false, null, "true", false, true)]
    [InlineData(false, null, "0", true, false)]
    [InlineData(false, null, "false", true, false)]
    [InlineData(false, null, "", false, false)]
    [InlineData(false, "1", "1", true, false)]
    [InlineData(true, null, "1", true, false)]
    [InlineData(true, null, null, true, false)]
    public void The_first_that_speaks_decides(bool noColorOption, string? noColor, string? forceColor, bool isTerminal, bool expected)
    {
        Assert.Equal(expected, ColorChoice.Decide(noColorOption, noColor, forceColor, isTerminal));
    }

    [Fact]
    public void On_a_terminal_the_severity_and_the_caret_are_coloured()
    {
        var file = Write("x.neg", Typo);

        var output = RunColoured("check", file);

        Assert.Contains("\u001b[1;31merror\u001b[0m", output, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;32m^", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--no-color")]
    [InlineData("--no-color", "check")]
    public void No_color_as_an_option_of_any_command_removes_every_escape_sequence(string first, string second)
    {
        var file = Write("x.neg", Typo);

        var output = RunColoured(first, second, file);

        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.Contains("error NEG2001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_no_color_is_suggested()
    {
        var (exitCode, _, error) = Run("check", "--no-colour", "x.neg");

        Assert.Equal(2, exitCode);
        Assert.Contains("did you mean '--no-color'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_diff_is_coloured_on_a_terminal_only()
    {
        var file = Write("a.neg", "party USA   state;party Russia state;\n");

        var coloured = RunColoured("format", "--diff", file);
        var (_, plain, _) = Run("format", "--diff", file);

        Assert.Contains("\u001b[31m-party USA   state;party Russia state;\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[32m+party USA state;\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_negc_into_a_pipe_prints_no_escape_sequence_unless_forced()
    {
        var file = Write("x.neg", Typo);

        var (_, plain, _) = NegcProcess.Run("", new(), "check", file);
        var (_, forced, _) = NegcProcess.Run("", new() { Environment = { ["FORCE_COLOR"] = "1" } }, "check", file);
        var (_, noColorWins, _) = NegcProcess.Run("", new() { Environment = { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1" } }, "check", file);
        var (_, optionWins, _) = NegcProcess.Run("", new() { Environment = { ["FORCE_COLOR"] = "1" } }, "check", "--no-color", file);

        Assert.DoesNotContain("\u001b", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;31merror\u001b[0m NEG2001", forced, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", noColorWins, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", optionWins, StringComparison.Ordinal);
    }

    private static string RunColoured(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        CliApp.Run(args, new CliConsole(output, error, isTerminal: true, useColor: true));
        return output.ToString() + error;
    }
}
