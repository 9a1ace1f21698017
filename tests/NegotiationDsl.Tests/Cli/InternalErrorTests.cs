using System;
using System.IO;
using System.Text;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// An exception inside a command is an internal error (NEG9999, exit code 3) in one line, never a stack trace:
/// the fuzzing campaign found inputs that made <c>negc build</c> throw, and System.CommandLine's own handler
/// printed the trace and exited with 1, as if the records had errors.
/// </summary>
public sealed class InternalErrorTests
{
    [Theory]
    [InlineData("status")]
    [InlineData("build")]
    [InlineData("check")]
    public void An_exception_in_a_command_is_one_line_and_exit_code_three(string verb)
    {
        using var error = new StringWriter { NewLine = "\n" };
        var output = Path.Combine(Path.GetTempPath(), "negc-internal-" + Guid.NewGuid().ToString("N"));
        string[] args = verb == "build" ? [verb, RepoPaths.Examples, "-o", output] : [verb, "--format", "json", RepoPaths.Examples];

        var exitCode = CliApp.Run(args, new CliConsole(new FailingWriter(), error, isTerminal: false, useColor: false));

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
        Assert.StartsWith("negc: error NEG9999: Internal compiler error: InvalidOperationException: the console broke", line, StringComparison.Ordinal);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    /// <summary>Standard output that fails on the first write, as a stand-in for any bug inside a command.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the console broke");

        public override void Write(string? value) => throw new InvalidOperationException("the console broke");
    }
}
