using System;
using System.Collections.Generic;

namespace NegotiationDsl.Fuzz.Mutation;

/// <summary>
/// Byte-level mutations of UTF-8 text: flipped bits, random and "interesting" bytes (NUL, invalid and
/// overlong UTF-8, encoded surrogates, BOM, every line end, the language's punctuation), deleted,
/// duplicated, repeated and spliced ranges, truncation. What comes out need not be UTF-8 at all.
/// </summary>
internal static class ByteMutator
{
    private static readonly byte[][] Interesting =
    [
        [0x00], [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xC2, 0x85], [0x0D], [0x0A], [0x0D, 0x0A], [0x09], [0x0B], [0x0C],
        [0x22], [0x5C], [0x3C], [0x3E], [0x3B], [0x3A], [0x2C], [0x2E, 0x2E], [0x2F, 0x2A], [0x2A, 0x2F], [0x2F, 0x2F],
        [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x80, 0xAE], [0xCC, 0x81],
    ];

    public static byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> others, Random random, int maxLength)
    {
        var bytes = new List<byte>(seed);
        var edits = 1 + random.Next(random.Next(8) == 0 ? 40 : 4);
        for (var i = 0; i < edits; i++) Edit(bytes, others, random);
        if (bytes.Count > maxLength) bytes.RemoveRange(maxLength, bytes.Count - maxLength);
        return bytes.ToArray();
    }

    private static void Edit(List<byte> bytes, IReadOnlyList<byte[]> others, Random random)
    {
        var at = random.Next(bytes.Count + 1);
        var length = Math.Min(bytes.Count - at, 1 + random.Next(random.Next(4) == 0 ? 400 : 16));
        switch (random.Next(9))
        {
            case 0 when at < bytes.Count:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when at < bytes.Count:
                bytes[at] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
                bytes.InsertRange(at, Interesting[random.Next(Interesting.Length)]);
                break;
            case 4:
                bytes.RemoveRange(at, length);
                break;
            case 5:
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
            case 6:
                // A range repeated many times: deep nesting, long lines, many statements.
                var piece = bytes.GetRange(at, Math.Min(length, 24));
                var times = random.Next(2, random.Next(10) == 0 ? 2000 : 50);
                for (var t = 0; t < times; t++) bytes.InsertRange(at, piece);
                break;
            case 7:
                var other = others[random.Next(others.Count)];
                var from = random.Next(other.Length + 1);
                var count = Math.Min(other.Length - from, random.Next(1, 200));
                bytes.InsertRange(at, new ArraySegment<byte>(other, from, count));
                break;
            default:
                if (random.Next(4) == 0) bytes.RemoveRange(at, bytes.Count - at);
                break;
        }
    }
}
