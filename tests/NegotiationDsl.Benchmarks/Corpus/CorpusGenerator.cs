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
/// every date form, commitments and their fulfilment, breach and withdrawal. The output is
/// deterministic for a given scale and is free of errors and warnings (the ratio runner checks).
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Records per folder; the folder count grows with the scale.</summary>
    public const int RecordsPerFolder = 10;

    /// <summary>Folders at scale 1, which makes about 5 MB.</summary>
    public const int FoldersAtScaleOne = 70;

    public static IReadOnlyList<string> Write(string directory, double scale)
    {
        var folders = Math.Max(1, (int)Math.Round(FoldersAtScaleOne * scale));
        var written = new List<string>();
        for (var folder = 0; folder < folders; folder++)
        {
            written.AddRange(WriteFolder(Path.Combine(directory, "c" + folder.ToString("D4", CultureInfo.InvariantCulture)), folder, RecordsPerFolder));
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
            File.WriteAllText(path, text, new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The files of one folder as (file name, text), without touching the disk.</summary>
    public static IEnumerable<(string Name, string Text)> GenerateFolder(int seed, int records)
    {
        var random = new Random(seed);
        var cast = Cast.Create(random);
        yield return ("actors.neg", ActorsFile.Write(cast, random));
        for (var record = 0; record < records; record++)
        {
            var writer = new RecordWriter(cast, random, seed, record);
            yield return ("r" + record.ToString("D4", CultureInfo.InvariantCulture) + ".neg", writer.Write());
        }
    }
}
