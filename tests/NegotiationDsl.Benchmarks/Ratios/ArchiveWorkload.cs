using System.Globalization;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The archive R8 and R10 measure: a register and 1,000 folders (500 tracks of four records, each with a follow-up
/// folder), and the same records as 1,000 independent folders with copied declarations, their yardstick. Four
/// records a track rather than the corpus's ten keep a run of R10 to seconds; smaller folders also make what an
/// archive adds per folder weigh more, not less.
/// </summary>
internal static class ArchiveWorkload
{
    public const int Tracks = 500;
    public const int Records = 4;

    public static (string Archive, string Copies) Get(RatioContext context) => CorpusCache.GetArchive(context, Tracks, Records);

    /// <summary>The records under <paramref name="directory"/>: "1,001 folders, 5,501 files, 36.4 MB".</summary>
    public static string SizeOf(string directory)
    {
        var files = Directory.GetFiles(directory, "*.neg", SearchOption.AllDirectories);
        var folders = files.Select(Path.GetDirectoryName).Distinct().Count();
        var bytes = files.Sum(file => new FileInfo(file).Length);
        return string.Create(CultureInfo.InvariantCulture, $"{folders:N0} folders, {files.Length:N0} files, {bytes / 1e6:F1} MB");
    }
}
