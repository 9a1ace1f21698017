using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Times two shell commands as whole processes from outside this process (<c>Harness/interleave.sh</c>): a process
/// started through <see cref="Process.Start(ProcessStartInfo)"/> from here would carry this runtime's own start
/// overhead into both sides.
/// </summary>
internal static class ShellHarness
{
    /// <summary>Runs A and B alternately, <paramref name="runs"/> pairs after <paramref name="warmups"/> of each, in <paramref name="workingDirectory"/> with <paramref name="environment"/> added.</summary>
    public static PairedTimes Measure(RatioContext context, string a, string b, int runs, int warmups, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var script = Path.Combine(context.RepositoryRoot, "tests", "NegotiationDsl.Benchmarks", "Harness", "interleave.sh");
        var log = Path.Combine(context.WorkDirectory, "harness.log");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory };
        foreach (var argument in new[] { script, runs.ToString(CultureInfo.InvariantCulture), warmups.ToString(CultureInfo.InvariantCulture), log, a, b })
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0) throw new InvalidOperationException($"the harness exited with {exitCode}:\n{error}");

        var pairs = new PairedTimes();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3 && parts[0] == "pair")
                pairs.Add(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return pairs;
    }
}
