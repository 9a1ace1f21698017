using System.Globalization;
using System.Text;

namespace NegotiationDsl.Text;

/// <summary>
/// Text for a line that a person or a parser reads: a terminal, a CI log, MSBuild's diagnostic lines, an
/// editor's plain-text fields. Record text and file names are untrusted, so a character that is invisible or
/// acts on the reader is written as its code (<c>\u001B</c>, <c>\U000E0041</c>): controls (ESC, BEL, CSI and
/// OSC included), line and paragraph separators, bidirectional overrides and isolates, zero-width and tag
/// characters, lone surrogates. The text then stays one line that shows what it holds.
/// </summary>
public static class PrintableText
{
    /// <summary>The text with every hidden character (see <see cref="IsHidden"/>) written as <c>\uXXXX</c> or <c>\UXXXXXXXX</c>.</summary>
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !IsHidden(text, i)) i += char.IsSurrogatePair(text, i) ? 2 : 1;
        if (i == text.Length) return text;

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsHidden(text, i)) AppendCode(builder, text, i);
            else builder.Append(text, i, length);
            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> (with the next one, when they are a surrogate pair) is
    /// hidden: a control (C0, DEL, C1), a formatting character (Unicode category Cf, astral ones such as tag
    /// characters included) but the zero-width (non-)joiners that scripts and emoji need, a line or paragraph
    /// separator, or a lone surrogate.
    /// </summary>
    public static bool IsHidden(string text, int index)
    {
        var c = text[index];
        if (char.IsSurrogatePair(text, index)) return CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.Format;
        if (c is '\u200C' or '\u200D') return false;
        return char.IsControl(c) || char.IsSurrogate(c) ||
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Appends the code of the character at <paramref name="index"/>: <c>\u001B</c>, or <c>\U000E0041</c> for an astral one.</summary>
    public static void AppendCode(StringBuilder builder, string text, int index)
    {
        if (char.IsSurrogatePair(text, index))
            builder.Append("\\U").Append(char.ConvertToUtf32(text[index], text[index + 1]).ToString("X8", CultureInfo.InvariantCulture));
        else
            builder.Append("\\u").Append(((int)text[index]).ToString("X4", CultureInfo.InvariantCulture));
    }
}
