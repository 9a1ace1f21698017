using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Lines of SVG text, which has no wrapping of its own. Widths are estimated from the characters, a little
/// wider than DejaVu Sans (the widest of the report's fonts), so an estimated line is never shorter than the
/// rendered one and text stays inside its column; the browser test checks the estimate.
/// </summary>
internal static class SvgTextWrap
{
    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="fontSize"/>, bold text a tenth wider.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var ems = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                ems += 1.25;
                i++;
                continue;
            }

            ems += Ems(text[i]);
        }

        return ems * fontSize * (bold ? 1.1 : 1.0);
    }

    /// <summary>
    /// The text's visible form (<see cref="ReportText.Visible"/>) in lines no wider than <paramref name="width"/>:
    /// broken at spaces, at line breaks, and inside a word only when the word alone is too wide.
    /// </summary>
    public static List<string> Lines(string text, double width, double fontSize, bool bold = false)
    {
        var lines = new List<string>();
        foreach (var paragraph in ReportText.Visible(text).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, fontSize, bold) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0) lines.Add(line.ToString());
                line.Clear();
                foreach (var piece in Split(word, width, fontSize, bold))
                {
                    if (line.Length > 0) lines.Add(line.ToString());
                    line.Clear().Append(piece);
                }
            }

            if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>A word too wide for a line, in pieces that each fit (a surrogate pair is never split), measured once per character.</summary>
    private static IEnumerable<string> Split(string word, double width, double fontSize, bool bold)
    {
        var start = 0;
        var used = 0.0;
        for (var i = 0; i < word.Length;)
        {
            var length = char.IsSurrogatePair(word, i) ? 2 : 1;
            var character = Width(word.Substring(i, length), fontSize, bold);
            if (i > start && used + character > width)
            {
                yield return word[start..i];
                start = i;
                used = 0;
            }

            used += character;
            i += length;
        }

        if (start < word.Length) yield return word[start..];
    }

    /// <summary>Widths in ems, by class of character: narrow, wide capitals and <c>m w</c>, full-width, the rest.</summary>
    private static double Ems(char c)
    {
        if (c is 'i' or 'j' or 'l' or 'I' or '\'' or '.' or ',' or ':' or ';' or '!' or '|' or ' ') return 0.34;
        if (c is 'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-') return 0.44;
        if (c is 'm' or 'w' or 'M' or 'W' or '@' or '%' or '—' or '…') return 1.0;
        if (char.IsUpper(c)) return 0.8;
        if (IsWide(c)) return 1.05;
        return char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? 0 : 0.66;
    }

    /// <summary>East Asian wide and full-width characters (CJK, kana, hangul, full-width forms).</summary>
    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
