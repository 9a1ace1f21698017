using System.Globalization;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>One goal ratio: ours divided by the baseline (smaller is better), with the numbers behind it.</summary>
internal sealed record RatioResult(string Id, double Ratio, double Goal, string Detail)
{
    public bool Met => Ratio <= Goal;

    /// <summary>The line the issue asks for: <c>R1 0.42 &lt;= 1.0 ok</c>.</summary>
    public string Line => string.Create(CultureInfo.InvariantCulture, $"{Id} {Ratio:0.00} <= {Goal:0.0#} {(Met ? "ok" : "FAIL")}");
}
