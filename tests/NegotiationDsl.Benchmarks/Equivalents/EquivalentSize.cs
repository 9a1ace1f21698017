using System.Globalization;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>
/// The size of an equivalent against the .neg text it stands for, both in UTF-8 bytes. An equivalent outside
/// 0.7-2.0 times the .neg size is not the same facts written compactly, and a ratio against it means nothing.
/// </summary>
public sealed record EquivalentSize(string Notation, long Bytes, long NegBytes)
{
    public const double Smallest = 0.7;
    public const double Largest = 2.0;

    public double Ratio => NegBytes == 0 ? 0 : (double)Bytes / NegBytes;

    public bool Within => Ratio >= Smallest && Ratio <= Largest;

    /// <summary><c>C# 5.71 MB / .neg 5.18 MB = 1.10</c>, and why it fails when it does.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Notation} {Megabytes(Bytes)} / .neg {Megabytes(NegBytes)} = {Ratio:0.00}{(Within ? "" : $" outside {Smallest:0.0}-{Largest:0.0}")}");

    private static string Megabytes(long bytes) => bytes >= 100_000
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.00} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} KB");
}
