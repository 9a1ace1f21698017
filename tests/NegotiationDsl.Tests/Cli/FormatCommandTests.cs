using System;
using System.IO;
using NegotiationDsl.Cli;
using NegotiationDsl.Cli.Commands;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class FormatCommandTests : IDisposable
{
    private const string Unformatted = "party USA   state;party Russia state;\n";
    private const string Formatted = "party USA state;\nparty Russia state;\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("negc-format-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Format_rewrites_files_in_place_and_leaves_no_temporary_file()
    {
        var file = Write("a.neg", Unformatted);

        var (exitCode, output, _) = Run("format", _folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Contains("1 file(s) formatted, 0 unchanged.", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Check_writes_nothing_and_exits_one_when_a_file_would_change()
    {
        var file = Write("a.neg", Unformatted);
        Write("b.neg", Formatted);

        var (exitCode, output, _) = Run("format", "--check", _folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Contains("would reformat", output, StringComparison.Ordinal);
        Assert.Contains("1 file(s) would be reformatted, 1 already formatted.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_zero_when_everything_is_formatted()
    {
        Write("b.neg", Formatted);

        var (exitCode, _, _) = Run("format", "--check", _folder);

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_untouched_and_the_exit_code_is_one()
    {
        const string broken = "party USA   state\nparty Russia state;\n";
        var file = Write("broken.neg", broken);

        var (exitCode, _, error) = Run("format", file);

        Assert.Equal(1, exitCode);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Contains("syntax errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_as_NEG9006_with_exit_code_two()
    {
        var file = Write("a.neg", Unformatted);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };

        var exitCode = FormatCommand.Run([file], check: false, new CliConsole(output, error, isTerminal: false, useColor: false),
            (_, _) => throw new IOException("disk full"));

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9006", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("disk full", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Unformatted, File.ReadAllText(file));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal: false, useColor: false));
        return (exitCode, output.ToString(), error.ToString());
    }
}
