using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace NegotiationDsl.Tests.Cli;

/// <summary>How <see cref="NegcProcess"/> starts negc: its working folder, variables set (null: removed), and whether standard error is read.</summary>
internal sealed record NegcStart
{
    public string? WorkingDirectory { get; init; }
    public Dictionary<string, string?> Environment { get; init; } = new();
}

/// <summary>
/// The built negc (copied beside the tests) in a process of its own, its standard streams pipes: what a script sees.
/// The colour variables of the test run are removed unless the test sets them.
/// </summary>
internal static class NegcProcess
{
    public static (int ExitCode, string Output, string Error) Run(string input, NegcStart how, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = how.WorkingDirectory ?? Directory.GetCurrentDirectory(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "negc.dll"));
        foreach (var argument in args) start.ArgumentList.Add(argument);
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("FORCE_COLOR");
        foreach (var (name, value) in how.Environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = Task.Run(process.StandardError.ReadToEndAsync);
        var output = Task.Run(process.StandardOutput.ReadToEndAsync);
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
