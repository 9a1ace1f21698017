using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic but realistic archive of records: folders of about ten records each (one
/// compilation per folder, as the CLI compiles them), with a shared <c>actors.neg</c> per folder. Every
/// construct of the language appears: record headers, policies, parties of every kind, persons with
/// offices, rounds of talks with nested meetings, every predicate, reported speech, every clause and
/// every date form, commitments and their fulfilment, breach and withdrawal. The folders are independent
/// (<see cref="Write"/>); or tracks of an archive that name the actors of a shared register and are each
/// followed up in a folder of their own through uses and qualified names (<see cref="WriteArchive(string, double)"/>);
/// or the records of that archive as independent folders with copied declarations, the yardstick of what
/// the archive costs (<see cref="WriteIndependentCopies(string, double)"/>). The output is deterministic for a
/// given scale and is free of errors and warnings (the ratio runner checks).
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Records per folder; the folder count grows with the scale.</summary>
    public const int RecordsPerFolder = 10;

    /// <summary>Folders at scale 1, which makes about 5 MB.</summary>
    public const int FoldersAtScaleOne = 70;

    /// <summary>The file that marks the root of an archive.</summary>
    public const string ArchiveFile = "negarchive.json";

    private static readonly UTF8Encoding Utf8 = new(false);

    public static IReadOnlyList<string> Write(string directory, double scale)
    {
        var written = new List<string>();
        for (var folder = 0; folder < Folders(scale); folder++)
        {
            written.AddRange(WriteFolder(Path.Combine(directory, FolderName(folder)), folder, RecordsPerFolder));
        }

        return written;
    }

    /// <summary>
    /// An archive of the tracks <see cref="Write"/> makes at <paramref name="scale"/>, whose records name the actors of a
    /// shared register, each with a follow-up folder beside it (see <see cref="GenerateArchive"/>); with its root file.
    /// </summary>
    public static IReadOnlyList<string> WriteArchive(string directory, double scale) => WriteArchive(directory, Folders(scale), RecordsPerFolder);

    public static IReadOnlyList<string> WriteArchive(string directory, int tracks, int records) => WriteArchiveRoot(directory, new ArchiveCorpus(tracks, records));

    /// <summary>The records of <see cref="WriteArchive(string, double)"/> as independent folders with copied declarations.</summary>
    public static IReadOnlyList<string> WriteIndependentCopies(string directory, double scale) => WriteIndependentCopies(directory, Folders(scale), RecordsPerFolder);

    public static IReadOnlyList<string> WriteIndependentCopies(string directory, int tracks, int records) =>
        WriteFiles(directory, GenerateIndependentCopies(tracks, records));

    /// <summary>Both forms of the same records at once (they are generated once).</summary>
    public static void WriteArchiveAndCopies(string archiveDirectory, string copiesDirectory, int tracks, int records)
    {
        var corpus = new ArchiveCorpus(tracks, records);
        WriteArchiveRoot(archiveDirectory, corpus);
        WriteFiles(copiesDirectory, corpus.Copies());
    }

    /// <summary>One compilation: an actors file and <paramref name="records"/> record files.</summary>
    public static IReadOnlyList<string> WriteFolder(string directory, int seed, int records) => WriteFiles(directory, GenerateFolder(seed, records));

    /// <summary>The files of one folder as (file name, text), without touching the disk.</summary>
    public static IEnumerable<(string Name, string Text)> GenerateFolder(int seed, int records) => new Track(seed, records).Files();

    /// <summary>
    /// The files of an archive as (path from its root, text): a register of the actors every record names, then
    /// <paramref name="tracks"/> folders of <paramref name="records"/> records like those of <see cref="GenerateFolder"/>
    /// but naming the register's actors (no actors file of their own), each followed by a folder <c>c0000-followup</c>
    /// whose record uses the register and, through an alias, the track, and fulfils a commitment left open there.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> GenerateArchive(int tracks, int records) => new ArchiveCorpus(tracks, records).Archive();

    /// <summary>
    /// The records of <see cref="GenerateArchive"/> as folders that check on their own (no uses, no root file), with
    /// the same facts: each folder has a copy of the register's declarations of the actors it names, and a follow-up
    /// folder a copy of the track's record whose commitment it settles. What keeping an archive saves one from.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> GenerateIndependentCopies(int tracks, int records) => new ArchiveCorpus(tracks, records).Copies();

    /// <summary>The folder of track <paramref name="index"/>: <c>c0000</c>.</summary>
    public static string FolderName(int index) => "c" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static List<string> WriteArchiveRoot(string directory, ArchiveCorpus corpus)
    {
        var written = WriteFiles(directory, corpus.Archive());
        File.WriteAllText(Path.Combine(directory, ArchiveFile), "{ \"name\": \"corpus\" }\n", Utf8);
        return written;
    }

    private static List<string> WriteFiles(string directory, IEnumerable<(string Path, string Text)> files)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (relativePath, text) in files)
        {
            var path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
            written.Add(path);
        }

        return written;
    }

    private static int Folders(double scale) => Math.Max(1, (int)Math.Round(FoldersAtScaleOne * scale));
}
