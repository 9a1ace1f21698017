using System.Linq;
using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Record text for Markdown (CommonMark and GitHub), in reports and in the language server's hovers. The writers
/// never start a block with record text, so only inline syntax needs escaping: emphasis, code spans, links and
/// images, HTML and entities, table pipes, strikethrough, GitHub math (<c>$</c>), mentions (<c>@</c>), emoji codes
/// (<c>:x</c>) and a heading's closing <c>#</c>. Line breaks become <c>&lt;br&gt;</c> (or a space where HTML is not
/// wanted), so no record can end a table row or start a block. Hidden characters are made visible first
/// (<see cref="ReportText.Visible"/>).
/// </summary>
public static class MarkdownText
{
    /// <param name="text">Record text.</param>
    /// <param name="lineBreak">What a line break becomes: <c>&lt;br&gt;</c> in reports, a space in a hover.</param>
    public static string Escape(string text, string lineBreak = "<br>")
    {
        var visible = ReportText.Visible(text);
        var builder = new StringBuilder(visible.Length + 16);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n': builder.Append(lineBreak); break;
                case '\t': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '$' or '@' or '#':
                    builder.Append('\\').Append(c);
                    break;
                case ':' when i + 1 < visible.Length && (char.IsLetterOrDigit(visible[i + 1]) || visible[i + 1] is '_' or '+' or '-'):
                    builder.Append("\\:");
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A .neg name as a code span when it is safe in one as it is (no backtick, no pipe, nothing invisible), else as escaped text.</summary>
    public static string Code(string name, string lineBreak = "<br>") => IsIdentifier(name) ? "`" + name + "`" : Escape(name, lineBreak);

    /// <summary>Letters, digits, marks and '_' only.</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && text.All(c => c == '_' || char.IsLetterOrDigit(c) ||
            char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.LetterNumber);
}
