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
/// (<see cref="Write"/>), or form an archive in which each folder follows up the one before through uses
/// and qualified names (<see cref="WriteArchive"/>). The output is deterministic for a given scale and
/// is free of errors and warnings (the ratio runner checks).
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

    /// <summary>The same folders as <see cref="Write"/> as an archive: its root file, the register and the follow-ups besides.</summary>
    public static IReadOnlyList<string> WriteArchive(string directory, double scale)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ArchiveFile), "{ \"name\": \"corpus\" }\n", Utf8);
        var written = new List<string>();
        foreach (var (relativePath, text) in GenerateArchive(Folders(scale), RecordsPerFolder))
        {
            var path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
            written.Add(path);
        }

        return written;
    }

    /// <summary>One compilation: an actors file and <paramref name="records"/> record files.</summary>
    public static IReadOnlyList<string> WriteFolder(string directory, int seed, int records)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, text) in GenerateFolder(seed, records))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, text, Utf8);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The files of one folder as (file name, text), without touching the disk.</summary>
    public static IEnumerable<(string Name, string Text)> GenerateFolder(int seed, int records) => new Track(seed, records).Files();

    /// <summary>
    /// The files of an archive as (path from its root, text): a register of shared actors, then
    /// <paramref name="folders"/> folders as <see cref="GenerateFolder"/> makes them, each after the first with
    /// a follow-up that uses the register and, through an alias, the folder before it.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> GenerateArchive(int folders, int records)
    {
        yield return (RegisterFile.Folder + "/actors.neg", RegisterFile.Write());
        Track? previous = null;
        for (var folder = 0; folder < folders; folder++)
        {
            var track = new Track(folder, records);
            foreach (var (name, text) in track.Files()) yield return (FolderName(folder) + "/" + name, text);
            if (previous is not null) yield return (FolderName(folder) + "/" + FollowUpFile.Name, FollowUpFile.Write(FolderName(folder - 1), previous, track.Cast));
            previous = track;
        }
    }

    private static int Folders(double scale) => Math.Max(1, (int)Math.Round(FoldersAtScaleOne * scale));

    private static string FolderName(int folder) => "c" + folder.ToString("D4", CultureInfo.InvariantCulture);
}
