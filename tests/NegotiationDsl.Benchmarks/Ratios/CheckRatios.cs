using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using NegotiationDsl.Benchmarks.Workloads;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>R1 to R4: <c>check</c> of the corpus (parse, full-fidelity tree, bind, every check) in this process.</summary>
internal static class CheckRatios
{
    private static CorpusFiles? s_corpus;
    private static Baselines? s_baselines;

    public static RatioResult VersusRoslyn(RatioContext context)
    {
        var (corpus, baselines) = Load(context);
        var pairs = Interleaved.Measure(() => corpus.Check(), () => baselines.ParseCSharp(), context.Runs);
        var (check, roslyn) = pairs;
        var size = baselines.Equivalents.Size.CSharp;
        return new RatioResult("R1", check / roslyn, 1.0, Invariant(
            $"check {check:F0} ms for {corpus.Bytes / 1e6:F2} MB in {corpus.FileCount} files; Roslyn ParseText {roslyn:F0} ms for their C# equivalents, {size.Bytes / 1e6:F2} MB"), pairs.Spread, [size]);
    }

    public static RatioResult VersusSystemTextJson(RatioContext context)
    {
        var (corpus, baselines) = Load(context);
        var pairs = Interleaved.Measure(() => corpus.Check(), () => baselines.ReadJson(), context.Runs);
        var (check, json) = pairs;
        var size = baselines.Equivalents.Size.Json;
        return new RatioResult("R2", check / json, 2.5, Invariant(
            $"check {check:F0} ms; System.Text.Json (source-generated) {json:F0} ms for their JSON equivalents, {size.Bytes / 1e6:F2} MB"), pairs.Spread, [size]);
    }

    public static RatioResult Linearity(RatioContext context)
    {
        var (small, _) = Load(context);
        var large = CorpusFiles.Load(CorpusCache.Get(context, 16));
        // Five pairs at least: throughput here drifts by a fifth over tens of seconds (measured: the same
        // 16x work took 7.3 to 10.3 s in one process), and a median of three pairs was not enough.
        var runs = Math.Max(5, (context.Runs * 5) / 7);
        // The 1x side checks 1x sixteen times in a row, the same work and about as long as one 16x check:
        // a single half-second run caught this shared machine's bursts of load unlike a ten-second one,
        // and the ratio swung from 13 to 19 between runs of the command with nothing changed.
        const int Repeats = 16;
        var pairs = Interleaved.Measure(() => large.Check(), () =>
        {
            for (var i = 0; i < Repeats; i++) small.Check();
        }, runs, warmups: 1);
        var (checkLarge, checkRepeated) = pairs;
        var checkSmall = checkRepeated / Repeats;
        return new RatioResult("R3", checkLarge / checkSmall, 18, Invariant(
            $"check 16x ({large.Bytes / 1e6:F1} MB) {checkLarge:F0} ms; 1x ({small.Bytes / 1e6:F2} MB) {checkSmall:F0} ms (mean of {Repeats} in a row)"), pairs.Spread with { Min = pairs.Spread.Min * Repeats, Max = pairs.Spread.Max * Repeats });
    }

    public static RatioResult Memory(RatioContext context)
    {
        var directory = CorpusCache.Get(context, 1);
        // Everything the finished compilations keep alive counts, their source text included.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var compilations = CheckAndKeep(directory);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(compilations);
        var held = after - before;
        var bytes = CorpusFiles.Load(directory).Bytes;
        var census = HeapCensus.Of(compilations);
        context.Log.WriteLine(Invariant($"R4: reachable from the compilations {census.TotalBytes / 1e6:F1} MB; the largest types:"));
        foreach (var line in census.DescribeTypes(top: 15)) context.Log.WriteLine("  " + line);
        context.Log.WriteLine("R4: by the field that holds them:");
        foreach (var line in census.DescribeHolders(top: 25)) context.Log.WriteLine("  " + line);
        return new RatioResult("R4", (double)held / bytes, 6, Invariant(
            $"finished compilations hold {held / 1e6:F1} MB for a {bytes / 1e6:F2} MB corpus"), Spread: null);
    }

    /// <summary>
    /// The corpus's compilations, checked. A method of its own: a temporary of the caller's (the enumerable of
    /// compilations, which holds the corpus's strings) can stay alive on the stack until the caller returns.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<Compilation> CheckAndKeep(string directory)
    {
        var compilations = new List<Compilation>(CorpusFiles.Load(directory).Compile());
        foreach (var compilation in compilations) compilation.GetDiagnostics();
        return compilations;
    }

    private static (CorpusFiles Corpus, Baselines Baselines) Load(RatioContext context)
    {
        if (s_corpus is null)
        {
            s_corpus = CorpusFiles.Load(CorpusCache.Get(context, 1));
            // A corpus with errors would measure error recovery, not the checks the goals are about.
            var problems = s_corpus.Check();
            if (problems != 0) throw new InvalidOperationException($"the generated corpus has {problems} errors and warnings");
        }

        s_baselines ??= Baselines.For(s_corpus);
        return (s_corpus, s_baselines);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
