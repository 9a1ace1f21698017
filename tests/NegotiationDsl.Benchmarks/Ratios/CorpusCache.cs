using System.Globalization;
using System.IO;
using NegotiationDsl.Benchmarks.Corpus;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>Generated corpora live in the work folder and are rewritten when the generator changes.</summary>
internal static class CorpusCache
{
    // Bump when CorpusGenerator's output changes, so stale corpora are not measured.
    private const string GeneratorVersion = "3";

    public static string Get(RatioContext context, double scale)
    {
        var directory = Path.Combine(context.WorkDirectory, "corpus-" + scale.ToString(CultureInfo.InvariantCulture) + "x");
        var stamp = Path.Combine(directory, ".generator-version");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == GeneratorVersion) return directory;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        context.Log.WriteLine($"writing the {scale.ToString(CultureInfo.InvariantCulture)}x corpus to {directory}");
        CorpusGenerator.Write(directory, scale);
        File.WriteAllText(stamp, GeneratorVersion);
        return directory;
    }
}
