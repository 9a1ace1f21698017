using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Benchmarks.Workloads;

namespace NegotiationDsl.Benchmarks.Breakdown;

/// <summary>
/// <c>breakdown [--runs N] [--work DIR] [--types]</c>: where a check of the 1x corpus spends its time, phase by phase, on one
/// thread. Each run times every phase once, one after the other (so a burst of load elsewhere hits them alike), and
/// the table on stdout gives each phase's median time, throughput, share of the single-threaded check, allocation
/// and collector pauses; <c>--types</c> prints instead the types each phase allocates most (sampled).
/// </summary>
internal static class BreakdownRunner
{
    public static int Run(string[] args)
    {
        var types = Array.IndexOf(args, "--types") >= 0;
        if (RunnerArguments.Parse([.. args.Where(arg => arg != "--types")], "breakdown [--runs N] [--work DIR] [--types]", allowOnly: false, allowCommitmentsAsked: false) is not { } arguments) return 2;
        var (runs, work) = (arguments.Runs, arguments.WorkDirectory);

#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; the breakdown is only meaningful with -c Release");
#endif
        Directory.CreateDirectory(work);
        var context = new RatioContext(RatioContext.FindRepositoryRoot(), work, runs, Console.Error);
        var corpus = CorpusFiles.Load(CorpusCache.Get(context, 1));
        var phases = new CheckBreakdown(corpus);
        if (types)
        {
            phases.Run(record: false);
            phases.SampleAllocations(Console.Out);
            return 0;
        }

        for (var i = 0; i < 2; i++) phases.Run(record: false);
        for (var i = 0; i < runs; i++)
        {
            context.Log.WriteLine($"run {i + 1} of {runs}");
            phases.Run(record: true);
        }

        Console.WriteLine(phases.Table(runs));
        return 0;
    }
}
