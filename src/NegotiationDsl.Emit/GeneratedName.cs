using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Emit;

/// <summary>
/// A generated name (a file name or a C# identifier) kept within a length in UTF-8 bytes: a longer name is cut
/// at a character boundary and ends with <c>_</c> and eight hex digits of a hash of the whole name, so two long
/// names that share their beginning stay apart, and the same name is cut the same way in every run.
/// </summary>
internal static class GeneratedName
{
    /// <summary>
    /// The bound for every generated name. A file name component may have 255 bytes; an output's name adds at most
    /// 5 (<c>.g.cs</c>, <c>.json</c>, <c>.html</c>), and tools that copy outputs may add their own suffixes. Metadata
    /// allows 1,023 bytes for a C# name, so identifiers stay well inside it.
    /// </summary>
    public const int MaxBytes = 150;

    private const int HashLength = 9; // '_' and eight hex digits

    public static string Truncate(string name, int maxBytes = MaxBytes)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        if (encoding.GetByteCount(name) <= maxBytes) return name;

        var builder = new StringBuilder();
        var bytes = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var length = char.IsSurrogatePair(name, i) ? 2 : 1;
            var size = encoding.GetByteCount(name.Substring(i, length));
            if (bytes + size > maxBytes - HashLength) break;
            builder.Append(name, i, length);
            bytes += size;
            i += length - 1;
        }

        return builder.Append('_').Append(Hash(name).ToString("x8", CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>FNV-1a over the UTF-16 code units: small, and the same on every platform and in every run.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}

/// <summary>
/// The generated names of one scope (a class's members, a run's classes or file names), each unique with the
/// scope's comparer and within <see cref="GeneratedName.MaxBytes"/>: a name that is taken gets the first free
/// number (<c>XY2</c>, <c>x-y-2</c>). The next number to try is kept per name, compared as the names are, so ten
/// thousand meetings at one place on one day, or ten thousand files whose names differ only in case, are named in
/// linear time.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, int> _nextNumber;
    private readonly string _numberSeparator;

    /// <param name="comparer">When two names are the same (ordinal for C# names, <see cref="FileNameComparer"/> for file names).</param>
    /// <param name="numberSeparator">Put between a name and its number.</param>
    /// <param name="reserved">Names taken from the start.</param>
    public NameScope(IEqualityComparer<string> comparer, string numberSeparator, IEnumerable<string> reserved)
    {
        _taken = new HashSet<string>(reserved, comparer);
        _nextNumber = new Dictionary<string, int>(comparer);
        _numberSeparator = numberSeparator;
    }

    /// <summary>The name, or the name with the first free number, within the bound; taken from now on.</summary>
    public string Claim(string name)
    {
        var candidate = GeneratedName.Truncate(name);
        if (_taken.Add(candidate)) return candidate;
        var n = _nextNumber.TryGetValue(name, out var next) ? next : 2;
        do
        {
            candidate = GeneratedName.Truncate(name + _numberSeparator + n.ToString(CultureInfo.InvariantCulture));
            n++;
        }
        while (!_taken.Add(candidate));

        _nextNumber[name] = n;
        return candidate;
    }
}

/// <summary>
/// Compares file names as the file systems of Windows and macOS do: ignoring case, and after Unicode normalisation
/// (<c>é</c> as one character or as <c>e</c> and an accent), so two names it tells apart never share a file there.
/// The normalisation is <see cref="CanonicalDecomposition"/>'s, the same in every process (not string.Normalize, which
/// does nothing to non-ASCII text in the invariant globalization negc is published with).
/// </summary>
internal sealed class FileNameComparer : IEqualityComparer<string>
{
    public static readonly FileNameComparer Instance = new();

    public bool Equals(string? x, string? y) => StringComparer.OrdinalIgnoreCase.Equals(Normal(x), Normal(y));

    public int GetHashCode(string name) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normal(name)!);

    private static string? Normal(string? name) => name is null ? null : CanonicalDecomposition.Of(name);
}
