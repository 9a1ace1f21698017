using System.Globalization;
using System.Text;
using NegotiationDsl.Text;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>
/// Untrusted text (record text and file names) in each place of a generated C# file: string literals, doc
/// comments, and the paths in <c>#line</c> directives and <c>//</c> comments. Nothing written through these can
/// end its literal, comment or directive, so nothing in a record or a file name can become code.
/// </summary>
internal static class CSharpText
{
    /// <summary>
    /// A string literal's source text that holds exactly <paramref name="value"/>. Quotes, backslashes and every
    /// hidden character (controls, NUL, line separators, bidirectional marks, zero-width and tag characters, lone
    /// surrogates) are escapes, so the generated file shows every character and cannot be misread.
    /// </summary>
    public static string StringLiteral(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    // The zero-width (non-)joiners count as hidden here too: a literal shows every character.
                    var pair = char.IsSurrogatePair(value, i);
                    if (PrintableText.IsHidden(value, i) || c is '\u200C' or '\u200D') PrintableText.AppendCode(text, value, i);
                    else text.Append(value, i, pair ? 2 : 1);
                    if (pair) i++;
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// A path as a <c>#line</c> directive and a <c>//</c> comment show it. A <c>#line</c> file name takes no escapes:
    /// a <c>"</c> would end it and a line break the directive, and a line break (U+0085, U+2028 and U+2029 are line
    /// breaks in C#) would end a comment and let the rest of the name be compiled as code. So <c>"</c> and every
    /// hidden character are written by code (<c>\u0022</c>, <c>\u2028</c>, as <see cref="PrintableText"/> does);
    /// any other path is written as it is, so a debugger or a compiler message still leads to the .neg file. The
    /// exact path is in the model's <c>SourceLocation</c> and <c>RecordSource</c> strings.
    /// </summary>
    public static string Path(string path) => PrintableText.Escape(path).Replace("\"", "\\u0022");

    /// <summary>
    /// Doc-comment text: XML-escaped, whitespace and controls collapsed to single spaces (a record's line breaks
    /// become spaces), formatting characters and surrogates shown by code.
    /// </summary>
    public static (string Escaped, string Raw) DocText(string value)
    {
        var collapsed = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space) collapsed.Append(' ');
            space = false;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format || char.IsSurrogate(c))
                collapsed.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                collapsed.Append(c);
        }

        var raw = collapsed.ToString();
        return (raw.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"), raw);
    }
}
