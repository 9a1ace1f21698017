using System.Globalization;
using System.IO;
using NegotiationDsl.Benchmarks.Corpus;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>Generated corpora live in the work folder and are rewritten when the generator changes.</summary>
internal static class CorpusCache
{
    // Bump when CorpusGenerator's output changes, so stale corpora are not measured.
    private const string GeneratorVersion = "5";

    /// <summary>The corpus at <paramref name="scale"/> (folders of ten records).</summary>
    public static string Get(RatioContext context, double scale) =>
        GetOrWrite(context, "corpus-" + scale.ToString(CultureInfo.InvariantCulture) + "x", directory => CorpusGenerator.Write(directory, scale));

    /// <summary>One folder: an actors file and <paramref name="records"/> records.</summary>
    public static string GetFolder(RatioContext context, int seed, int records) =>
        GetOrWrite(context, "folder-" + (records + 1).ToString(CultureInfo.InvariantCulture), directory => CorpusGenerator.WriteFolder(directory, seed, records));

    /// <summary>
    /// An archive of <paramref name="tracks"/> tracks of <paramref name="records"/> records, each with a follow-up folder,
    /// and the same records as independent folders with copied declarations.
    /// </summary>
    public static (string Archive, string Copies) GetArchive(RatioContext context, int tracks, int records)
    {
        var directory = GetOrWrite(context, "archive-" + tracks.ToString(CultureInfo.InvariantCulture) + "x" + records.ToString(CultureInfo.InvariantCulture),
            directory => CorpusGenerator.WriteArchiveAndCopies(Path.Combine(directory, "archive"), Path.Combine(directory, "copies"), tracks, records));
        return (Path.Combine(directory, "archive"), Path.Combine(directory, "copies"));
    }

    private static string GetOrWrite(RatioContext context, string name, System.Action<string> write)
    {
        var directory = Path.Combine(context.WorkDirectory, name);
        var stamp = Path.Combine(directory, ".generator-version");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == GeneratorVersion) return directory;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        context.Log.WriteLine($"writing {name} to {directory}");
        write(directory);
        File.WriteAllText(stamp, GeneratorVersion);
        return directory;
    }
}
