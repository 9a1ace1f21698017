using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>Runs a program to its end, draining stdout and stderr together so a chatty child never blocks on a full pipe.</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Output, string Error) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var error = Task.Run(process.StandardError.ReadToEnd);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    public static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory)
    {
        var (exitCode, output, error) = Run(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = workingDirectory });
        return (exitCode, output + error);
    }

    /// <summary><c>dotnet publish PROJECT -c Release -o OUTPUT [OPTIONS]</c>; throws with the tool's output when it fails.</summary>
    public static string Publish(RatioContext context, string project, string output, params string[] options)
    {
        context.Log.WriteLine($"publishing {Path.GetFileName(project)} (Release) to {output}");
        var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = context.RepositoryRoot };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet" }.Concat(options)) publish.ArgumentList.Add(argument);
        var (exitCode, log, error) = Run(publish);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet publish {project} failed with exit code {exitCode}:\n{log}\n{error}");
        return output;
    }
}
