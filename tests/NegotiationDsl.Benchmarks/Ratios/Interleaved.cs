using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Runs two workloads alternately (A, B, A, B, ...) and returns the median time of each, so that a
/// burst of load from elsewhere on this shared machine hits both sides alike.
/// </summary>
internal static class Interleaved
{
    public static PairedTimes Measure(Action a, Action b, int runs, int warmups = 2)
    {
        var times = Rotate(runs, warmups, () => Time(a), () => Time(b));
        var pairs = new PairedTimes();
        for (var i = 0; i < runs; i++) pairs.Add(times[0][i], times[1][i]);
        return pairs;
    }

    /// <summary>
    /// Each side in turn, <paramref name="runs"/> rounds after <paramref name="warmups"/>: the times each side returns, in
    /// the order of <paramref name="sides"/>.
    /// </summary>
    public static List<double>[] Rotate(int runs, int warmups, params Func<double>[] sides)
    {
        for (var i = 0; i < warmups; i++)
        {
            foreach (var side in sides) side();
        }

        var times = Array.ConvertAll(sides, _ => new List<double>(runs));
        for (var i = 0; i < runs; i++)
        {
            for (var side = 0; side < sides.Length; side++) times[side].Add(sides[side]());
        }

        return times;
    }

    public static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Nearest-rank percentile of <paramref name="values"/> (sorts them).</summary>
    public static double Percentile(List<double> values, double fraction)
    {
        values.Sort();
        var rank = (int)Math.Ceiling(fraction * values.Count) - 1;
        return values[Math.Clamp(rank, 0, values.Count - 1)];
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
