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
/// repository seed or, one time in three, from a freshly generated program.
/// </summary>
internal sealed class InputFactory
{
    public const int MaxMutatedLength = 64 * 1024;

    private readonly long _seed;
    private readonly IReadOnlyList<byte[]> _seedBytes;
    private readonly List<string> _seedTexts;

    public InputFactory(long seed, IReadOnlyList<byte[]> seeds)
    {
        _seed = seed;
        _seedBytes = seeds;
        _seedTexts = seeds.Select(bytes => Encoding.UTF8.GetString(bytes)).ToList();
    }

    public FuzzInput Make(long index)
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
                return new FuzzInput(index, InputKind.TokenMutation, Bytes: null, mutated.Length > MaxMutatedLength ? mutated[..MaxMutatedLength] : mutated);
            default:
                return new FuzzInput(index, InputKind.RandomText, Bytes: null, TokenMutator.RandomText(random, random.Next(10) == 0 ? 20000 : 400));
        }
    }

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
