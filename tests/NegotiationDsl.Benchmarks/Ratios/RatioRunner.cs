using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// <c>ratios [--runs N] [--work DIR] [--only R1,R3] [--commitments-asked]</c> (<c>R6</c> selects R6a and R6b): measures each goal ratio of docs/performance.md
/// side by side in this one process (or in child processes it starts), prints one line per ratio on
/// stdout and the absolute numbers on stderr. Exit code 0 when every ratio meets its goal.
/// </summary>
internal static class RatioRunner
{
    public static int Run(string[] args)
    {
        if (RunnerArguments.Parse(args, "ratios [--runs N] [--work DIR] [--only R1,R2] [--commitments-asked]", allowOnly: true, allowCommitmentsAsked: true) is not { } arguments) return 2;
        var (runs, work, only) = (arguments.Runs, arguments.WorkDirectory, arguments.Only);

#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; ratios are only meaningful with -c Release");
#endif
        Directory.CreateDirectory(work);
        var context = new RatioContext(RatioContext.FindRepositoryRoot(), work, runs, Console.Error) { CommitmentsAsked = arguments.CommitmentsAsked };
        context.Log.WriteLine(RuntimeSettings());
        var measurements = new List<(string Id, Func<RatioContext, RatioResult> Measure)>
        {
            ("R1", CheckRatios.VersusRoslyn),
            ("R2", CheckRatios.VersusSystemTextJson),
            ("R3", CheckRatios.Linearity),
            ("R4", CheckRatios.Memory),
            ("R5", LanguageServerRatio.Measure),
            ("R6a", ColdStartRatio.InstalledTool),
            ("R6b", ColdStartRatio.PackageNegc),
            ("R7", ParallelRatio.Measure),
            ("R8", ArchiveEditRatio.Measure),
            ("R9", BuildOverheadRatio.Measure),
            ("R10", ArchiveCheckRatio.Measure),
        };

        var failed = 0;
        foreach (var (id, measure) in measurements)
        {
            if (only is not null && !only.Contains(id) && !only.Contains(Family(id))) continue;
            var result = measure(context);
            context.Log.WriteLine($"{id}: {result.Detail}");
            Console.WriteLine(result.Line);
            if (!result.Met) failed++;
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>The runtime settings this process runs with, which both sides of an in-process ratio share.</summary>
    private static string RuntimeSettings() =>
        $"runtime: .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
        $"{(GCSettings.LatencyMode == GCLatencyMode.Batch ? "no concurrent collection" : "concurrent collection")}, " +
        $"TieredPGO {(AppContext.GetData("System.Runtime.TieredPGO") is "false" or false ? "off" : "on")}, {Environment.ProcessorCount} processors";

    /// <summary>A ratio measured in several configurations (R6a, R6b) is selected by its number too: <c>--only R6</c>.</summary>
    private static string Family(string id) => id.TrimEnd('a', 'b', 'c');
}
