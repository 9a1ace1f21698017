using System.ComponentModel;
using System.Diagnostics;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Runs a system tool (mkfifo, ln, chown, mount) for what .NET has no API for.</summary>
internal static class ExternalTool
{
    /// <returns>The tool's exit code, or -1 when it is not installed.</returns>
    public static int Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in args) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            return -1;
        }
    }
}
