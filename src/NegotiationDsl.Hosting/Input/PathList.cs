using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// A file that lists paths for <c>--paths-from</c>: one path a line, UTF-8, with <c>%</c> written <c>%25</c> and
/// carriage returns and line feeds <c>%0D</c> and <c>%0A</c> (any <c>%XX</c> of an ASCII character is read back).
/// The build integration writes it, so that file names reach negc as data and never through a shell's command line,
/// where <c>$(...)</c>, a backtick or a quote in a record's file name would be run or would break the quoting.
/// </summary>
internal static class PathList
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The paths listed in <paramref name="file"/>, read as records are (a regular file, at most the records' size limit), or null with the reason in <paramref name="errors"/>.</summary>
    public static IReadOnlyList<string>? Read(string file, List<Diagnostic> errors)
    {
        var read = RegularFile.Read(file, FileSizeLimit.Bytes);
        if (read.Bytes is not { } bytes)
        {
            errors.Add(read.ToError(file)!);
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0));
        var paths = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var path = Decode(line.TrimEnd('\r'));
            if (path.Length > 0) paths.Add(path);
        }

        return paths;
    }

    /// <summary>The line with each <c>%XX</c> of an ASCII character decoded; anything else stays as it is.</summary>
    public static string Decode(string line)
    {
        if (line.IndexOf('%') < 0) return line;
        var decoded = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '%' && i + 2 < line.Length &&
                byte.TryParse(line.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value < 0x80)
            {
                decoded.Append((char)value);
                i += 2;
            }
            else
            {
                decoded.Append(line[i]);
            }
        }

        return decoded.ToString();
    }

    /// <summary>The line that <see cref="Decode"/> reads back as <paramref name="path"/>.</summary>
    public static string Encode(string path) => path.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
}
