using System;
using System.Diagnostics;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace NegotiationDsl.Tests.Reports.Browser;

/// <summary>
/// Debian's headless Chromium, run with a new empty profile in <paramref name="folder"/> and no network chatter. Without
/// /usr/bin/chromium, <see cref="IsInstalled"/> fails the test when CI=true, so CI cannot skip the browser checks
/// silently, and elsewhere returns false and says why.
/// </summary>
internal sealed class HeadlessChromium(ITestOutputHelper log, string folder)
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public bool IsInstalled()
    {
        if (File.Exists(ExecutablePath)) return true;
        var message = $"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser checks of the HTML report.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + " CI must run them (.ci/run installs it).");
        log.WriteLine("Not run: " + message);
        return false;
    }

    /// <summary>Runs headless Chromium; returns what it printed and what it logged.</summary>
    public (string Output, string Log) Run(params string[] arguments)
    {
        var profile = Directory.CreateDirectory(Path.Combine(folder, "profile-" + Guid.NewGuid().ToString("N")));
        var start = new ProcessStartInfo(ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Chromium exited {process.ExitCode}:\n{error.Result}");
        return (output.Result, error.Result);
    }
}
