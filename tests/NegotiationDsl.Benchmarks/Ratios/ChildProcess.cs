using System.Diagnostics;
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
        using var process = Process.Start(start)!;
        var error = Task.Run(process.StandardError.ReadToEnd);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
