using System.IO;
using NegotiationDsl.Cli;

namespace NegotiationDsl.Tests.Cli;

/// <summary>Runs <c>negc</c> in-process with captured output, as a pipe (no terminal, no colour).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal: false, useColor: false));
        return (exitCode, output.ToString(), error.ToString());
    }
}
