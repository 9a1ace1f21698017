using System;
using System.Collections.Generic;
using System.Globalization;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// One folder of generated records, made as its files are taken (an actors file, then the records), which
/// remembers what a later record of an archive may follow up: its cast and the commitments its records
/// leave open. Its files can be taken once. A track of an archive names the register's actors and has no
/// actors file of its own.
/// </summary>
internal sealed class Track
{
    private readonly Random _random;
    private readonly int _seed;
    private readonly int _records;
    private readonly List<OpenCommitment> _openCommitments = [];

    public Track(int seed, int records, bool fromRegister = false)
    {
        _random = new Random(seed);
        _seed = seed;
        _records = records;
        Cast = fromRegister ? Cast.FromRegister(_random) : Cast.Create(_random);
    }

    public Cast Cast { get; }

    /// <summary>What the records taken so far left open, in the order they were made.</summary>
    public IReadOnlyList<OpenCommitment> OpenCommitments => _openCommitments;

    public IEnumerable<(string Name, string Text)> Files()
    {
        yield return ("actors.neg", ActorsFile.Write(Cast, _random));
        foreach (var record in Records()) yield return record;
    }

    /// <summary>The records alone, as a track of an archive has them.</summary>
    public IEnumerable<(string Name, string Text)> Records()
    {
        for (var record = 0; record < _records; record++)
        {
            var writer = new RecordWriter(Cast, _random, _seed, record);
            var text = writer.Write();
            _openCommitments.AddRange(writer.OpenCommitments);
            yield return (RecordFileName(record), text);
        }
    }

    public static string RecordFileName(int record) => "r" + record.ToString("D4", CultureInfo.InvariantCulture) + ".neg";
}
