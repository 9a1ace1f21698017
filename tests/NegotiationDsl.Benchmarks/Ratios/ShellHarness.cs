using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Times two programs as whole processes from outside this process with the shell harness <c>Harness/interleave.sh</c>
/// (bash, <c>$EPOCHREALTIME</c> around each start, A and B alternating) and reads its raw times: a process started
/// through <see cref="Process.Start(ProcessStartInfo)"/> and timed here would carry this runtime's own start cost into
/// both sides and pull the ratio towards 1.
/// </summary>
internal static class ShellHarness
{
    /// <summary>
    /// Runs A and B alternately, <paramref name="runs"/> pairs after <paramref name="warmups"/> of each, in
    /// <paramref name="workingDirectory"/> with <paramref name="environment"/> added. Arguments are passed as a list,
    /// never through a shell, so paths need no quoting.
    /// </summary>
    public static PairedTimes Measure(RatioContext context, IReadOnlyList<string> a, IReadOnlyList<string> b, int runs, int warmups, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var script = Path.Combine(context.RepositoryRoot, "tests", "NegotiationDsl.Benchmarks", "Harness", "interleave.sh");
        var start = new ProcessStartInfo("bash");
        foreach (var argument in new[] { script, runs.ToString(CultureInfo.InvariantCulture), warmups.ToString(CultureInfo.InvariantCulture), workingDirectory }) start.ArgumentList.Add(argument);
        foreach (var argument in a) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--");
        foreach (var argument in b) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0) throw new InvalidOperationException($"interleave.sh exited {exitCode}:\n{error}");
        return Parse(output);
    }

    /// <summary>The harness's lines, "A_ms B_ms" each.</summary>
    public static PairedTimes Parse(string output)
    {
        var pairs = new PairedTimes();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length != 2) throw new FormatException($"interleave.sh printed '{line}', expected two times");
            pairs.Add(double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture));
        }

        return pairs;
    }
}
