using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Times two programs as whole processes with the shell harness <c>ColdStart/time-starts.sh</c> (bash,
/// <c>$EPOCHREALTIME</c> around each start, A and B interleaved) and reads its raw times, so neither side pays for
/// <c>Process.Start</c> inside a timed region.
/// </summary>
internal static class ColdStartHarness
{
    public static PairedTimes Measure(RatioContext context, IReadOnlyList<string> a, IReadOnlyList<string> b, int runs, int warmups = 2)
    {
        var script = Path.Combine(context.RepositoryRoot, "tests", "NegotiationDsl.Benchmarks", "ColdStart", "time-starts.sh");
        var start = new ProcessStartInfo("bash");
        foreach (var argument in new[] { script, runs.ToString(CultureInfo.InvariantCulture), warmups.ToString(CultureInfo.InvariantCulture), context.RepositoryRoot }) start.ArgumentList.Add(argument);
        foreach (var argument in a) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--");
        foreach (var argument in b) start.ArgumentList.Add(argument);
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0) throw new InvalidOperationException($"time-starts.sh exited {exitCode}:\n{error}");
        return Parse(output);
    }

    /// <summary>The harness's lines, "A_ms B_ms" each.</summary>
    public static PairedTimes Parse(string output)
    {
        var pairs = new PairedTimes();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length != 2) throw new FormatException($"time-starts.sh printed '{line}', expected two times");
            pairs.Add(double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture));
        }

        return pairs;
    }
}
