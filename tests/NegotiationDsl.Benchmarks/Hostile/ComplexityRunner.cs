using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// Runs each complexity case with the published negc, as a separate process, at sizes n, 2n, 4n and 8n: CPU time
/// of the child (user and system, from the kernel: <see cref="ChildCpuTime"/>) and peak resident memory
/// (<see cref="PeakMemory"/>). A case fails when one doubling multiplies either by more than <see cref="MaxRatio"/>
/// (linear work doubles, n log n a little more, the square quadruples), when negc does not exit as expected, or
/// when a run takes longer than <see cref="RunTimeout"/>. Nothing is subtracted: the start of the process only
/// lowers the ratios, which is why each case's n is large enough for the work to dominate.
/// </summary>
internal static class ComplexityRunner
{
    public const double MaxRatio = 2.5;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the cases <paramref name="only"/> names (every case when empty), one line each; returns how many failed.</summary>
    public static int Run(string negc, string work, IReadOnlySet<string> only)
    {
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var cpuBefore = ChildCpuTime.Seconds();
        foreach (var complexity in ComplexityCases.All)
        {
            if (only.Count > 0 && !only.Contains(complexity.Name)) continue;
            if (!RunCase(negc, complexity, Path.Combine(work, "complexity"))) failed++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"complexity cases: {clock.Elapsed.TotalSeconds:0} s, {ChildCpuTime.Seconds() - cpuBefore:0} s of CPU in negc"));
        return failed;
    }

    private static bool RunCase(string negc, ComplexityCase complexity, string work)
    {
        var runs = new List<Measurement>();
        string? problem = null;
        foreach (var n in complexity.Sizes)
        {
            var run = Measure(negc, complexity, work, n);
            runs.Add(run);
            if (run.TimedOut) problem = $"n = {n} ran longer than {RunTimeout.TotalSeconds:0} s";
            else if (run.ExitCode != complexity.ExpectedExitCode) problem = $"n = {n} exited {run.ExitCode}, expected {complexity.ExpectedExitCode}";
            if (problem is not null) break;
        }

        // A doubling over the limit is measured once more, both sides, keeping the lower of each: a case fails when the
        // growth repeats, not when another process's burst or a collection of the heap lands on one run.
        for (var i = 1; problem is null && i < runs.Count; i++)
        {
            if (WorstRatio(runs[i - 1], runs[i]) <= MaxRatio) continue;
            runs[i - 1] = Lower(runs[i - 1], Measure(negc, complexity, work, runs[i - 1].Size));
            runs[i] = Lower(runs[i], Measure(negc, complexity, work, runs[i].Size));
        }

        var worst = 0.0;
        for (var i = 1; i < runs.Count; i++) worst = Math.Max(worst, WorstRatio(runs[i - 1], runs[i]));

        var ok = problem is null && worst <= MaxRatio;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{complexity.Name}: n = {Join(runs, run => run.Size.ToString(CultureInfo.InvariantCulture))} ({Join(runs, run => Bytes(run.InputBytes))}); " +
            $"cpu{(complexity.UserTimeOnly ? " (user)" : "")} {Join(runs, run => run.CpuSeconds.ToString("0.00", CultureInfo.InvariantCulture))} s; " +
            $"peak {Join(runs, run => run.Megabytes.ToString(CultureInfo.InvariantCulture))} MB; " +
            $"worst ratio {worst:0.00} (≤ {MaxRatio:0.0}); {(ok ? "ok" : "FAIL")}{(problem is null ? "" : " (" + problem + ")")}"));
        Directory.Delete(Path.Combine(work, complexity.Name), recursive: true);
        return ok;
    }

    private static Measurement Measure(string negc, ComplexityCase complexity, string work, int n)
    {
        var input = complexity.WriteInto(work, n);
        var inputBytes = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);
        var output = Path.Combine(work, complexity.Name, "out");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var session = complexity.Command == ComplexityCommand.LanguageServer ? Path.Combine(input, LanguageServerSession.FileName) : null;
        var start = new ProcessStartInfo(negc) { RedirectStandardInput = session is not null, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in complexity.Arguments(input, output)) start.ArgumentList.Add(argument);
        if (complexity.Environment?.Split('=', 2) is [var name, var value]) start.Environment[name] = value;

        var cpuBefore = ChildCpuTime.Seconds(complexity.UserTimeOnly);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {negc}");
        var peak = PeakMemory.Watch(process);
        // Drained, not kept: a quadratic run once printed hundreds of megabytes.
        var printed = session is null
            ? process.StandardOutput.BaseStream.CopyToAsync(Stream.Null)
            : LanguageServerSession.RunAsync(session, process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        var drained = Task.WhenAll(printed, process.StandardError.BaseStream.CopyToAsync(Stream.Null));
        var timedOut = !process.WaitForExit(RunTimeout);
        if (timedOut) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        drained.Wait();
        var cpu = ChildCpuTime.Seconds(complexity.UserTimeOnly) - cpuBefore;
        return new Measurement(n, inputBytes, cpu, peak.Megabytes, timedOut ? -1 : process.ExitCode, timedOut);
    }

    private static double WorstRatio(Measurement before, Measurement after) =>
        Math.Max(Ratio(after.CpuSeconds, before.CpuSeconds), Ratio(after.Megabytes, before.Megabytes));

    private static Measurement Lower(Measurement first, Measurement second) =>
        second.TimedOut || second.ExitCode != first.ExitCode ? first
            : first with { CpuSeconds = Math.Min(first.CpuSeconds, second.CpuSeconds), Megabytes = Math.Min(first.Megabytes, second.Megabytes) };

    // Times are counted in hundredths of a second: below one hundredth a ratio says nothing.
    private static double Ratio(double after, double before) => after / Math.Max(before, 0.01);

    private static string Join(List<Measurement> runs, Func<Measurement, string> cell) => string.Join(", ", runs.Select(cell));

    private static string Bytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB");

    private sealed record Measurement(int Size, long InputBytes, double CpuSeconds, long Megabytes, int ExitCode, bool TimedOut);
}
