using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>The command line refuses what it does not know, says what it expected, and never shows a .NET type.</summary>
public sealed class StrictCommandLineTests : CliTestBase
{
    [Fact]
    public void An_unknown_option_before_paths_is_a_usage_error_and_nothing_is_checked()
    {
        var (exitCode, output, error) = Run("check", "--frob", RepoPaths.Examples);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option '--frob'", error, StringComparison.Ordinal);
        Assert.Contains("--format", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("check", "--fromat", "json", "x.neg")]
    [InlineData("status", "--as-off", "2022-01-01", "x.neg")]
    [InlineData("build", "--outptu", "out", "x.neg")]
    public void A_misspelt_option_gets_the_real_one_suggested(string command, string option, string value, string path)
    {
        var (exitCode, _, error) = Run(command, option, value, path);

        Assert.Equal(2, exitCode);
        Assert.Contains($"unknown option '{option}'; did you mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_after_the_paths_is_refused_too()
    {
        var (exitCode, _, error) = Run("status", Path.Combine(Folder, "x.neg"), "--as-off=2022-01-01");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option '--as-off=2022-01-01'; did you mean '--as-of'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_name_that_starts_with_a_dash_is_a_path()
    {
        var (exitCode, _, error) = Run("check", "--", "--frob");

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9001", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_gets_the_closest_command_suggested()
    {
        var (exitCode, _, error) = Run("chek", "x.neg");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown command 'chek'; did you mean 'check'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_far_from_any_lists_the_commands()
    {
        var (exitCode, _, error) = Run("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown command 'frobnicate'; the commands are check, status, build, report, format, lsp.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format <text|json|sarif>")]
    [InlineData("status", "--format <text|json>")]
    [InlineData("build", "--target <all|csharp|json|reports>")]
    [InlineData("report", "--format <all|md|html|csv>")]
    public void Choices_show_in_lower_case_in_help(string command, string expected)
    {
        var (exitCode, output, _) = Run(command, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("Json")]
    [InlineData("json")]
    public void Choices_are_accepted_in_any_case(string value)
    {
        var file = Write("ok.neg", "person Blinken;\n");

        var (exitCode, output, _) = Run("check", "--format", value, file);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_choice_names_the_valid_ones()
    {
        var (exitCode, _, error) = Run("check", "--format", "xml", "x.neg");

        Assert.Equal(2, exitCode);
        Assert.Contains("--format 'xml' is not one of text, json, sarif.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_refuses_a_format_it_does_not_write()
    {
        var file = Write("ok.neg", "person Blinken;\n");

        var (exitCode, output, error) = Run("status", "--format", "sarif", file);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--format 'sarif' is not one of text, json.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_server_help_has_no_section_for_extra_arguments()
    {
        var (exitCode, output, _) = Run("lsp", "--help");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Additional Arguments", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<additional arguments>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_help_text_or_usage_error_of_any_command_shows_a_dotnet_type_name()
    {
        var root = CliApp.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null, isTerminal: false));
        var lines = new[] { new[] { "--help" }, ["--frob"], ["nope"] }.ToList();
        foreach (var command in root.Subcommands)
        {
            lines.Add([command.Name, "--help"]);
            lines.Add([command.Name, "--frob", "x.neg"]);
            foreach (var option in command.Options.Where(option => option.Arity.MaximumNumberOfValues > 0))
            {
                lines.Add([command.Name, option.Name, "zz-not-a-value", "x.neg"]);
                lines.Add([command.Name, "x.neg", option.Name]);
            }
        }

        foreach (var args in lines)
        {
            var (_, output, error) = Run(args);
            Assert.DoesNotContain("NegotiationDsl.", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", output + error, StringComparison.Ordinal);
        }
    }
}
