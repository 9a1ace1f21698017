using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Record text for Markdown (CommonMark and GitHub). The writer never starts a block with record text, so
/// only inline syntax needs escaping: emphasis, code spans, links, HTML and entities, table pipes,
/// strikethrough, GitHub math (<c>$</c>), mentions (<c>@</c>), emoji codes (<c>:x</c>) and a heading's
/// closing <c>#</c>. Line breaks become <c>&lt;br&gt;</c>, so no record can end a table row or start a block.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
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
                case '\n': builder.Append("<br>"); break;
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
}
