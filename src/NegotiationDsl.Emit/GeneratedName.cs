using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Emit;

/// <summary>
/// A generated name (a file name or a C# identifier) made unique in its scope and kept within a length in UTF-8
/// bytes: a longer name is cut at a character boundary and ends with <c>_</c> and eight hex digits of a hash of
/// the whole name, so two long names that share their beginning stay apart, and the same name is cut the same way
/// in every run.
/// </summary>
internal static class GeneratedName
{
    /// <summary>
    /// The bound for every generated name. A file name component may have 255 bytes; an output's name adds at most
    /// 5 (<c>.g.cs</c>, <c>.json</c>, <c>.html</c>) and the writers' temporary files about 40 more. Metadata allows
    /// 1,023 bytes for a C# name, so identifiers stay well inside it.
    /// </summary>
    public const int MaxBytes = 150;

    private const int HashLength = 9; // '_' and eight hex digits

    /// <summary>The name, or the name with the first free number (<c>XY2</c>, <c>x-y-2</c>, ...), within the bound; taken from now on.</summary>
    /// <param name="taken">The names of the scope so far, with the scope's comparer.</param>
    /// <param name="name">The name wanted.</param>
    /// <param name="numberSeparator">Put between the name and its number.</param>
    public static string Claim(HashSet<string> taken, string name, string numberSeparator = "")
    {
        for (var n = 1; ; n++)
        {
            var candidate = Truncate(n == 1 ? name : name + numberSeparator + n.ToString(CultureInfo.InvariantCulture));
            if (taken.Add(candidate)) return candidate;
        }
    }

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
/// Compares file names as the file systems of Windows and macOS do: ignoring case, and after Unicode normalisation
/// (<c>é</c> as one character or as <c>e</c> and an accent), so two names it tells apart never share a file there.
/// </summary>
internal sealed class FileNameComparer : IEqualityComparer<string>
{
    public static readonly FileNameComparer Instance = new();

    public bool Equals(string? x, string? y) => StringComparer.OrdinalIgnoreCase.Equals(Normal(x), Normal(y));

    public int GetHashCode(string name) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normal(name)!);

    private static string? Normal(string? name)
    {
        if (name is null) return null;
        try
        {
            return name.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return name; // Ill-formed UTF-16 has no normal form, so no file system normalises it either.
        }
    }
}
