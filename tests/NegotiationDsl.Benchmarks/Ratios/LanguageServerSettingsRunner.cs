using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// <c>lsp-settings [--runs ROUNDS] [--work DIR]</c>: R5's keystrokes through one real <c>negc lsp</c> process per
/// candidate of <see cref="LanguageServerSettings"/>, all started at once and typed into in turn, keystroke by
/// keystroke, with Roslyn's parse as in R5 after each turn, so that a burst of load elsewhere hits every candidate alike.
/// Each round starts fresh processes and moves the first candidate to the end. Prints a line per candidate and round:
/// p50, p95, Roslyn's median, the ratio, the median of the per-keystroke ratios against the server GC's keystroke of
/// the same turn, and the server's peak resident memory.
/// </summary>
internal static class LanguageServerSettingsRunner
{
    private const int Keystrokes = 60;
    private const int Warmups = 10;

    public static int Run(string[] args)
    {
        if (RunnerArguments.Parse(args, "lsp-settings [--runs ROUNDS] [--work DIR]", allowOnly: false, allowCommitmentsAsked: false) is not { } arguments) return 2;
        Directory.CreateDirectory(arguments.WorkDirectory);
        var context = new RatioContext(RatioContext.FindRepositoryRoot(), arguments.WorkDirectory, arguments.Runs, Console.Error);
        var file = LanguageServerRatio.LargeFile.Write(context);
        var negcDll = LanguageServerRatio.NegcDll(context);
        var candidates = LanguageServerSettings.Candidates.ToList();
        for (var round = 1; round <= arguments.Runs; round++)
        {
            context.Log.WriteLine($"round {round} ({Load()})");
            Measure(negcDll, file, candidates, round);
            candidates.Add(candidates[0]);
            candidates.RemoveAt(0);
        }

        return 0;
    }

    private static void Measure(string negcDll, LanguageServerRatio.LargeFile file, List<LanguageServerSettings> candidates, int round)
    {
        var processes = new List<NegcLspProcess>(candidates.Count);
        try
        {
            foreach (var settings in candidates) processes.Add(NegcLspProcess.Start(negcDll, file.Folder, settings.Environment));
            var sessions = processes.Select(process => new KeystrokeSession(process.Client, file.Path, file.Text, Keystrokes / 2)).ToArray();
            var sides = sessions.Select(session => (Func<double>)session.Keystroke)
                .Append(() => Interleaved.Time(() => LanguageServerRatio.ParseCSharp(file.CSharp))).ToArray();
            var times = Interleaved.Rotate(Keystrokes, Warmups, sides);
            var roslyn = times[^1];
            var serverGc = times[candidates.IndexOf(LanguageServerSettings.ServerGc)];
            for (var i = 0; i < candidates.Count; i++)
            {
                var againstServerGc = times[i].Zip(serverGc, (a, b) => a / b).ToList();
                var p50 = Interleaved.Median([.. times[i]]);
                var roslynMedian = Interleaved.Median([.. roslyn]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}, {candidates[i].Name}: p50 {p50:F1} ms, p95 {Interleaved.Percentile([.. times[i]], 0.95):F1} ms; Roslyn {roslynMedian:F1} ms; ratio {p50 / roslynMedian:F2}; per keystroke against the server GC {Interleaved.Median(againstServerGc):F2}; peak RSS {processes[i].PeakResidentMegabytes():F0} MB"));
            }
        }
        finally
        {
            DisposeAll(processes);
        }
    }

    /// <summary>
    /// Ends every process, each killed where it does not end in order. A failure to end in order is only logged, so that it
    /// neither stops the others from ending nor hides why the round failed.
    /// </summary>
    private static void DisposeAll(List<NegcLspProcess> processes)
    {
        foreach (var process in processes)
        {
            try
            {
                process.Dispose();
            }
            catch (InvalidOperationException exception)
            {
                Console.Error.WriteLine($"a language server did not end in order and was killed: {exception.Message}");
            }
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? "load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "load unknown";
}
