using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The times of the pairs of a ratio, ours (A) and the baseline's (B), run one after the other: the ratio is taken of
/// the medians, and the ratios of the single pairs give its spread, which says how far one run can be trusted.
/// </summary>
internal sealed class PairedTimes
{
    private readonly List<double> _a = [];
    private readonly List<double> _b = [];

    public void Add(double a, double b)
    {
        _a.Add(a);
        _b.Add(b);
    }

    public double MedianA => Interleaved.Median([.. _a]);

    public double MedianB => Interleaved.Median([.. _b]);

    /// <summary>The smallest and the largest ratio of one pair.</summary>
    public Spread Spread
    {
        get
        {
            if (_a.Count == 0) throw new InvalidOperationException("no pairs were timed");
            var ratios = _a.Zip(_b, (a, b) => a / b).ToList();
            return new Spread(ratios.Min(), ratios.Max(), ratios.Count);
        }
    }

    public void Deconstruct(out double medianA, out double medianB)
    {
        medianA = MedianA;
        medianB = MedianB;
    }
}

/// <summary>Min and max of the ratios of single pairs, and how many pairs there were.</summary>
internal readonly record struct Spread(double Min, double Max, int Pairs);
