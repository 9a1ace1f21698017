using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// <c>ratios [--runs N] [--work DIR] [--only R1,R3]</c>: measures each goal ratio of docs/performance.md
/// side by side in this one process (or in child processes it starts), prints one line per ratio on
/// stdout and the absolute numbers on stderr. Exit code 0 when every ratio meets its goal.
/// </summary>
internal static class RatioRunner
{
    public static int Run(string[] args)
    {
        var runs = 7;
        var work = RatioContext.DefaultWorkDirectory();
        HashSet<string>? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--work" when i + 1 < args.Length:
                    work = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = new HashSet<string>(args[++i].Split(','), StringComparer.OrdinalIgnoreCase);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: ratios [--runs N] [--work DIR] [--only R1,R2]");
                    return 2;
            }
        }

#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; ratios are only meaningful with -c Release");
#endif
        Directory.CreateDirectory(work);
        var context = new RatioContext(RatioContext.FindRepositoryRoot(), work, runs, Console.Error);
        var measurements = new List<(string Id, Func<RatioContext, RatioResult> Measure)>
        {
            ("R1", CheckRatios.VersusRoslyn),
            ("R2", CheckRatios.VersusSystemTextJson),
            ("R3", CheckRatios.Linearity),
            ("R4", CheckRatios.Memory),
            ("R5", LanguageServerRatio.Measure),
            ("R6", ColdStartRatio.Measure),
            ("R7", ParallelRatio.Measure),
            ("R8", ArchiveEditRatio.Measure),
            ("R9", BuildOverheadRatio.Measure),
            ("R10", ArchiveCheckRatio.Measure),
        };

        var failed = 0;
        foreach (var (id, measure) in measurements)
        {
            if (only is not null && !only.Contains(id)) continue;
            var result = measure(context);
            context.Log.WriteLine($"{id}: {result.Detail}");
            Console.WriteLine(result.Line);
            if (!result.Met) failed++;
        }

        return failed == 0 ? 0 : 1;
    }
}
