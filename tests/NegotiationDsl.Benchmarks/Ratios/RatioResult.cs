using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Benchmarks.Equivalents;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// One goal ratio: ours divided by the baseline (smaller is better), with the numbers behind it, and the size of
/// the equivalent the baseline read where it read one (a baseline on an equivalent of the wrong size fails the line),
/// and the spread of the ratios of single pairs, where the ratio is taken of pairs.
/// </summary>
internal sealed record RatioResult(string Id, double Ratio, double Goal, string Detail, Spread? Spread, IReadOnlyList<EquivalentSize>? Sizes = null)
{
    public bool Met => Ratio <= Goal && (Sizes ?? []).All(size => size.Within);

    /// <summary>The line the issue asks for: <c>R1 0.42 &lt;= 1.0 ok; spread 0.39-0.47 of 7 pairs; C# 5.71 MB / .neg 5.18 MB = 1.10</c>.</summary>
    public string Line
    {
        get
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{Id} {Ratio:0.00} <= {Goal:0.0#} {(Met ? "ok" : "FAIL")}");
            line += Spread is { } spread
                ? string.Create(CultureInfo.InvariantCulture, $"; spread {spread.Min:0.00}-{spread.Max:0.00} of {spread.Pairs} pairs")
                : "; no spread (a count, not a time)";
            foreach (var size in Sizes ?? []) line += "; " + size.Describe();
            return line;
        }
    }
}
