using System;
using System.Collections.Generic;
using System.Globalization;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// One folder of generated records, made as its files are taken (an actors file, then the records), which
/// remembers what a later folder of an archive may follow up: its cast and the commitments its records
/// leave open. Its files can be taken once.
/// </summary>
internal sealed class Track
{
    private readonly Random _random;
    private readonly int _seed;
    private readonly int _records;
    private readonly List<OpenCommitment> _openCommitments = [];

    public Track(int seed, int records)
    {
        _random = new Random(seed);
        _seed = seed;
        _records = records;
        Cast = Cast.Create(_random);
    }

    public Cast Cast { get; }

    /// <summary>What the records taken so far left open, in the order they were made.</summary>
    public IReadOnlyList<OpenCommitment> OpenCommitments => _openCommitments;

    public IEnumerable<(string Name, string Text)> Files()
    {
        yield return ("actors.neg", ActorsFile.Write(Cast, _random));
        for (var record = 0; record < _records; record++)
        {
            var writer = new RecordWriter(Cast, _random, _seed, record);
            var text = writer.Write();
            _openCommitments.AddRange(writer.OpenCommitments);
            yield return ("r" + record.ToString("D4", CultureInfo.InvariantCulture) + ".neg", text);
        }
    }
}
