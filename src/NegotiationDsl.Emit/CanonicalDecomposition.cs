using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Emit;

/// <summary>
/// Canonical decomposition (Unicode's NFD) from a table of our own (<c>CanonicalDecomposition.Table.cs</c>), so that
/// two canonically equivalent names (<c>é</c> as one character or as <c>e</c> and an accent) give the same text in
/// every process: negc is published with invariant globalization, where <see cref="string.Normalize()"/> leaves
/// non-ASCII text as it is, and the source generator and the build task run in whatever process loads them.
/// </summary>
internal static partial class CanonicalDecomposition
{
    private const int HangulFirst = 0xAC00;
    private const int HangulCount = 11172;
    private const int HangulTrailing = 28;
    private const int HangulVowelsTimesTrailing = 21 * 28;

    /// <summary>The text decomposed and its combining marks in canonical order; ill-formed UTF-16 is kept as it is.</summary>
    public static string Of(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0xC0) i++;
        if (i == text.Length) return text; // Nothing below U+00C0 decomposes or combines.

        var result = new StringBuilder(text.Length + 8).Append(text, 0, i);
        var marks = new List<(int Class, string Text)>();
        while (i < text.Length)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            AppendDecomposed(result, marks, codePoint, text.Substring(i, length));
            i += length;
        }

        FlushMarks(result, marks);
        return result.ToString();
    }

    private static void AppendDecomposed(StringBuilder result, List<(int Class, string Text)> marks, int codePoint, string original)
    {
        if (codePoint - HangulFirst is >= 0 and < HangulCount and var syllable)
        {
            FlushMarks(result, marks);
            result.Append((char)(0x1100 + (syllable / HangulVowelsTimesTrailing))).Append((char)(0x1161 + (syllable % HangulVowelsTimesTrailing / HangulTrailing)));
            if (syllable % HangulTrailing != 0) result.Append((char)(0x11A7 + (syllable % HangulTrailing)));
            return;
        }

        if (!Tables.Decompositions.TryGetValue(codePoint, out var decomposition))
        {
            AppendOne(result, marks, codePoint, original);
            return;
        }

        foreach (var part in decomposition) AppendOne(result, marks, part, char.ConvertFromUtf32(part));
    }

    /// <summary>A starter ends the run of marks before it, which is written in canonical order (a stable sort by class).</summary>
    private static void AppendOne(StringBuilder result, List<(int Class, string Text)> marks, int codePoint, string text)
    {
        var combiningClass = Tables.ClassOf(codePoint);
        if (combiningClass == 0)
        {
            FlushMarks(result, marks);
            result.Append(text);
        }
        else
        {
            marks.Add((combiningClass, text));
        }
    }

    private static void FlushMarks(StringBuilder result, List<(int Class, string Text)> marks)
    {
        if (marks.Count == 0) return;
        // Insertion sort: stable, and runs of marks are a few characters long.
        for (var i = 1; i < marks.Count; i++)
        {
            var mark = marks[i];
            var j = i - 1;
            for (; j >= 0 && marks[j].Class > mark.Class; j--) marks[j + 1] = marks[j];
            marks[j + 1] = mark;
        }

        foreach (var mark in marks) result.Append(mark.Text);
        marks.Clear();
    }

    /// <summary>Read from the table's text the first time a name holds a character from U+00C0 on.</summary>
    private static class Tables
    {
        public static readonly Dictionary<int, int[]> Decompositions = ReadDecompositions();
        private static readonly Dictionary<int, int> Classes = ReadClasses();

        public static int ClassOf(int codePoint) => Classes.TryGetValue(codePoint, out var combiningClass) ? combiningClass : 0;

        private static Dictionary<int, int[]> ReadDecompositions()
        {
            var table = new Dictionary<int, int[]>();
            foreach (var entry in CanonicalDecomposition.Decompositions.Split(';'))
            {
                if (entry.Length == 0) continue;
                var parts = entry.Split(':');
                table[Hex(parts[0])] = Array.ConvertAll(parts[1].Split(' '), Hex);
            }

            return table;
        }

        private static Dictionary<int, int> ReadClasses()
        {
            var table = new Dictionary<int, int>();
            foreach (var entry in CombiningClasses.Split(';'))
            {
                if (entry.Length == 0) continue;
                var parts = entry.Split(':');
                var range = parts[0].Split('-');
                var combiningClass = int.Parse(parts[1], CultureInfo.InvariantCulture);
                for (var codePoint = Hex(range[0]); codePoint <= Hex(range[range.Length - 1]); codePoint++) table[codePoint] = combiningClass;
            }

            return table;
        }

        private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
