using System;
using System.Collections.Generic;
using System.Diagnostics;
using NegotiationDsl.Benchmarks.Ratios;

namespace NegotiationDsl.Benchmarks.Breakdown;

/// <summary>
/// Time, allocation and collector pauses of one phase, summed over the stretches it ran in, one value per run.
/// Allocation is this thread's: every phase but the reference check runs on the calling thread.
/// </summary>
internal sealed class PhaseClock(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly List<double> _allocated = [];
    private readonly List<double> _pauses = [];
    private long _ticks;
    private long _bytes;
    private TimeSpan _pause;

    public string Name { get; } = name;

    public void StartRun()
    {
        _ticks = 0;
        _bytes = 0;
        _pause = TimeSpan.Zero;
    }

    /// <summary>Runs <paramref name="work"/> and adds its time, allocation and pauses to this run's.</summary>
    public T Measure<T>(Func<T> work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        var result = work();
        _ticks += Stopwatch.GetTimestamp() - start;
        _pause += GC.GetTotalPauseDuration() - pause;
        _bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        return result;
    }

    /// <summary>Adds a run measured whole from outside (the reference check, whose binding uses worker threads).</summary>
    public void AddRun(double milliseconds, long allocated, TimeSpan pause)
    {
        _milliseconds.Add(milliseconds);
        _allocated.Add(allocated);
        _pauses.Add(pause.TotalMilliseconds);
    }

    public void EndRun() => AddRun(Stopwatch.GetElapsedTime(0, _ticks).TotalMilliseconds, _bytes, _pause);

    public double MedianMilliseconds => Interleaved.Median([.. _milliseconds]);

    public double MinMilliseconds => Min(_milliseconds);

    public double MaxMilliseconds => Max(_milliseconds);

    public double MedianAllocated => Interleaved.Median([.. _allocated]);

    public double MedianPause => Interleaved.Median([.. _pauses]);

    private static double Min(List<double> values)
    {
        var min = double.MaxValue;
        foreach (var value in values) min = Math.Min(min, value);
        return min;
    }

    private static double Max(List<double> values)
    {
        var max = double.MinValue;
        foreach (var value in values) max = Math.Max(max, value);
        return max;
    }
}
