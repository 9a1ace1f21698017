using System;
using System.Globalization;
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
        var summary = PublishedNegc.Check(negc, folder, oneCore: false);
        context.Log.WriteLine($"R7: {Records + 1} files check as: {summary}");

        var pairs = Interleaved.Measure(() => PublishedNegc.Check(negc, folder, oneCore: false), () => PublishedNegc.Check(negc, folder, oneCore: true), context.Runs);
        var (allCores, oneCore) = pairs;
        return new RatioResult("R7", allCores / oneCore, 0.65, string.Create(CultureInfo.InvariantCulture,
            $"negc check of {Records + 1} files in one folder: all {Environment.ProcessorCount} cores {allCores:F0} ms; one core {oneCore:F0} ms"), pairs.Spread);
    }
}
