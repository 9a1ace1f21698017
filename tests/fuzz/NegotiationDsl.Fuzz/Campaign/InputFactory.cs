using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Fuzz.Mutation;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// Makes input number <c>i</c> of a campaign from the campaign's seed and <c>i</c> alone, so that any input can be
/// made again (<c>replay --seed S --index I</c>) whatever the number of workers. Of every eight inputs, three are
/// generated programs, two byte mutations, two token mutations and one random text; a mutation starts from a
/// repository seed or, one time in three, from a freshly generated program. One input in <see cref="ArchiveEvery"/>
/// is an archive instead of a generated program: it costs a few programs and a folder on disk.
/// </summary>
internal sealed class InputFactory
{
    public const int MaxMutatedLength = 64 * 1024;

    /// <summary>Input <c>i</c> is an archive when <c>i % ArchiveEvery == 2</c> (a generated program's place).</summary>
    public const int ArchiveEvery = 256;

    private readonly long _seed;
    private readonly IReadOnlyList<byte[]> _seedBytes;
    private readonly List<string> _seedTexts;

    public InputFactory(long seed, IReadOnlyList<byte[]> seeds)
    {
        _seed = seed;
        _seedBytes = seeds;
        _seedTexts = seeds.Select(bytes => Encoding.UTF8.GetString(bytes)).ToList();
    }

    /// <summary>Input <paramref name="index"/> of the campaign: a file, or one time in <see cref="ArchiveEvery"/> an archive.</summary>
    public FuzzInput Make(long index) => index % ArchiveEvery == 2 ? MakeArchive(index) : MakeFile(index);

    /// <summary>
    /// An archive of generated programs, its later folders left out once it holds <see cref="MaxMutatedLength"/> bytes
    /// (a folder uses only earlier ones, so what is left resolves; five large programs took 7 s of the 10 s limit); one
    /// time in four, one of its files mutated: a record by its tokens (its uses and names broken as a typist breaks
    /// them) or, one time in eight of those, negarchive.json by its bytes.
    /// </summary>
    public FuzzInput MakeArchive(long index)
    {
        var random = new Random(Mix(_seed, index));
        var files = new List<ArchiveFile>();
        var size = 0;
        foreach (var (path, text) in ArchiveGenerator.Generate(random))
        {
            if (files.Count >= 2 && size > MaxMutatedLength) break;
            files.Add(new ArchiveFile(path, Encoding.UTF8.GetBytes(text)));
            size += files[^1].Bytes.Length;
        }
        if (random.Next(4) != 0) return new FuzzInput(index, InputKind.Archive, Bytes: null, Text: null, files);
        var which = random.Next(8) == 0 ? 0 : 1 + random.Next(files.Count - 1);
        var bytes = which == 0
            ? ByteMutator.Mutate(files[0].Bytes, _seedBytes, random, MaxMutatedLength)
            : Encoding.UTF8.GetBytes(Truncated(TokenMutator.Mutate(Encoding.UTF8.GetString(files[which].Bytes), _seedTexts, random)));
        files[which] = files[which] with { Bytes = bytes };
        return new FuzzInput(index, InputKind.ArchiveMutation, Bytes: null, Text: null, files);
    }

    /// <summary>Input <paramref name="index"/> as one file, as the language-server campaign takes its texts.</summary>
    public FuzzInput MakeFile(long index)
    {
        var random = new Random(Mix(_seed, index));
        switch (index % 8)
        {
            case 0:
            case 1:
            case 2:
                return new FuzzInput(index, InputKind.Generated, Bytes: null, ProgramGenerator.Generate(random));
            case 3:
            case 4:
                var seedBytes = random.Next(3) == 0 ? Encoding.UTF8.GetBytes(ProgramGenerator.Generate(random)) : _seedBytes[random.Next(_seedBytes.Count)];
                return new FuzzInput(index, InputKind.ByteMutation, ByteMutator.Mutate(seedBytes, _seedBytes, random, MaxMutatedLength), Text: null);
            case 5:
            case 6:
                var seedText = random.Next(3) == 0 ? ProgramGenerator.Generate(random) : _seedTexts[random.Next(_seedTexts.Count)];
                var mutated = TokenMutator.Mutate(seedText, _seedTexts, random);
                return new FuzzInput(index, InputKind.TokenMutation, Bytes: null, Truncated(mutated));
            default:
                return new FuzzInput(index, InputKind.RandomText, Bytes: null, TokenMutator.RandomText(random, random.Next(10) == 0 ? 20000 : 400));
        }
    }

    private static string Truncated(string text) => text.Length > MaxMutatedLength ? text[..MaxMutatedLength] : text;

    /// <summary>SplitMix64 of seed and index: neighbouring indexes get unrelated generators.</summary>
    public static int Mix(long seed, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }
}
