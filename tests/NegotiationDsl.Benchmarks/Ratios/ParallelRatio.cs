using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// R7: the whole <c>negc check DIR</c> process on one folder of 1,000 files with every core, divided by
/// the same with one core (<c>DOTNET_PROCESSOR_COUNT=1</c>). One folder is one compilation, so this asks
/// whether a single large compilation uses the machine, not only a tree of many small ones.
/// </summary>
internal static class ParallelRatio
{
    private const int Seed = 7;
    private const int Records = 999;

    public static RatioResult Measure(RatioContext context)
    {
        var folder = CorpusCache.GetFolder(context, Seed, Records);
        var negc = PublishedNegc.Get(context);
        var summary = Check(negc, folder, oneCore: false);
        context.Log.WriteLine($"R7: {Records + 1} files check as: {summary}");

        var (allCores, oneCore) = Interleaved.Measure(() => Check(negc, folder, oneCore: false), () => Check(negc, folder, oneCore: true), context.Runs);
        return new RatioResult("R7", allCores / oneCore, 0.65, string.Create(CultureInfo.InvariantCulture,
            $"negc check of {Records + 1} files in one folder: all {Environment.ProcessorCount} cores {allCores:F0} ms; one core {oneCore:F0} ms"));
    }

    /// <summary>Runs <c>negc check</c> and returns its summary line; anything but a clean check (exit code 0) stops the ratio.</summary>
    private static string Check(string negc, string folder, bool oneCore)
    {
        var start = new ProcessStartInfo(negc);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add(folder);
        // Both sides start from the same environment; only the processor count differs.
        start.Environment.Remove("DOTNET_PROCESSOR_COUNT");
        if (oneCore) start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0)
            throw new InvalidOperationException($"negc check {folder} exited with {exitCode}, expected a clean check:\n{Tail(output)}\n{Tail(error)}");
        return Tail(output);
    }

    private static string Tail(string text) => text.TrimEnd().Split('\n').LastOrDefault() ?? "";
}
