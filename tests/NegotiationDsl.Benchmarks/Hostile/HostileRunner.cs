using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Ratios;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// <c>hostile [--work DIR] [--only NAME,NAME] [--negc PATH]</c>: runs the published Release negc (or another build) (<c>negc build FOLDER -o OUT</c>)
/// on each hostile case, as a separate process so time and peak memory are the tool's own. A case passes
/// when negc exits with 1, prints the expected diagnostic, writes nothing, and stays within the case's
/// time and memory bounds. Prints one Markdown table row per case (docs/reliability.md), then one line per
/// complexity case (<see cref="ComplexityRunner"/>), and exits 1 on any failure.
/// </summary>
internal static class HostileRunner
{
    public static int Run(string[] args)
    {
        var work = RatioContext.DefaultWorkDirectory();
        var only = new HashSet<string>(StringComparer.Ordinal);
        string? negc = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--work" && i + 1 < args.Length) work = args[++i];
            else if (args[i] == "--only" && i + 1 < args.Length) only.UnionWith(args[++i].Split(','));
            else if (args[i] == "--negc" && i + 1 < args.Length) negc = Path.GetFullPath(args[++i]);
            else
            {
                Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: hostile [--work DIR] [--only file-50mb,nul-bytes,one-person-many-places] [--negc PUBLISHED-NEGC]");
                return 2;
            }
        }

        var unknown = only.Where(name => !HostileCases.All.Any(hostile => hostile.Name == name) && !ComplexityCases.All.Any(complexity => complexity.Name == name)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"unknown case(s): {string.Join(", ", unknown)}");
            return 2;
        }

        var context = new RatioContext(RatioContext.FindRepositoryRoot(), work, runs: 1, Console.Error);
        negc ??= PublishedNegc.Get(context);
        var cases = Path.Combine(work, "hostile");
        var failed = 0;
        var hostileCases = HostileCases.All.Where(hostile => only.Count == 0 || only.Contains(hostile.Name)).ToList();
        if (hostileCases.Count > 0)
        {
            Console.WriteLine("| case | input | exit | diagnostic | nothing written | time | peak memory | bounds | result |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            foreach (var hostile in hostileCases)
            {
                if (!RunCase(negc, hostile, cases)) failed++;
            }
        }

        // Complexity: each case's input doubled three times; time and memory must grow no faster than n log n.
        if (ComplexityCases.All.Any(complexity => only.Count == 0 || only.Contains(complexity.Name)))
        {
            if (!ChildCpuTime.IsAvailable)
            {
                Console.Error.WriteLine("the complexity cases read /proc (Linux only)");
                return 2;
            }

            failed += ComplexityRunner.Run(negc, work, only);
        }

        Console.WriteLine(failed == 0 ? "all hostile cases ok" : $"{failed} hostile case(s) FAIL");
        return failed == 0 ? 0 : 1;
    }

    private static bool RunCase(string negc, HostileCase hostile, string cases)
    {
        var folder = hostile.WriteInto(cases);
        var input = Path.Combine(folder, "record.neg");
        var output = Path.Combine(folder, "out");
        var start = new ProcessStartInfo(negc) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Every diagnostic is printed: some cases pin one that comes after the first hundred, and the bounds count printing them all.
        foreach (var argument in new[] { "build", input, "-o", output, "--target", "all", "--max-diagnostics", "0" }) start.ArgumentList.Add(argument);
        if (hostile.Environment?.Split('=', 2) is [var name, var value]) start.Environment[name] = value;

        var clock = Stopwatch.StartNew();
        var run = NegcRun.Start(start);
        // Killed well past its bound, so a hang fails the case instead of stopping the suite.
        run.Finish(DateTime.UtcNow + TimeSpan.FromSeconds(2 * hostile.MaxSeconds));
        var seconds = clock.Elapsed.TotalSeconds;
        var printed = run.Printed;
        var peak = run.Peak;

        var diagnosed = printed.Contains("record.neg" + hostile.ExpectedDiagnostic, StringComparison.Ordinal);
        var stackTrace = printed.Contains("   at ", StringComparison.Ordinal);
        var nothingWritten = !Directory.Exists(output) || Directory.GetFileSystemEntries(output).Length == 0;
        var withinBounds = seconds <= hostile.MaxSeconds && peak.Megabytes <= hostile.MaxMegabytes;
        var ok = !run.Hung && run.ExitCode == 1 && diagnosed && !stackTrace && nothingWritten && withinBounds;
        var length = new FileInfo(input).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {hostile.Name} | {hostile.Description} ({Size(length)}) | {(run.Hung ? "killed" : run.ExitCode.ToString(CultureInfo.InvariantCulture))} | {(diagnosed ? hostile.Code + " " + $"({hostile.Line},{hostile.Column})" : "missing")} | {(nothingWritten ? "yes" : "NO")} | {seconds:0.00} s | {peak.Megabytes} MB | ≤ {hostile.MaxSeconds} s, ≤ {hostile.MaxMegabytes} MB | {(ok ? "ok" : "FAIL")} |"));
        if (!ok) Console.Error.WriteLine($"{hostile.Name}: negc printed:\n{Shorten(printed)}");
        Directory.Delete(folder, recursive: true);
        return ok;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
