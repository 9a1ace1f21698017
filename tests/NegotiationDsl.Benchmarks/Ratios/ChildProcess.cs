using System;
using System.Diagnostics;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>Runs a program to its exit, with its output read (so a full pipe never stalls it).</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary><c>dotnet publish PROJECT -c Release -o OUTPUT</c>; throws with the tool's output when it fails.</summary>
    public static string Publish(RatioContext context, string project, string output)
    {
        context.Log.WriteLine($"publishing {Path.GetFileName(project)} to {output}");
        var (exitCode, log) = Run("dotnet", $"publish \"{project}\" -c Release -o \"{output}\" -nologo -v:q", context.RepositoryRoot);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet publish {project} failed:\n{log}");
        return output;
    }
}
