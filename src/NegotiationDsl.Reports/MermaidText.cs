using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Record text for a Mermaid chart. Mermaid has no escape that works in every diagram element, and its
/// lexer gives meaning to <c>:</c>, <c>;</c>, <c>#</c>, <c>%%</c>, line breaks and leading keywords, so a
/// label keeps only letters, digits, marks, spaces and <c>. , ' ( ) / - _</c>; anything else becomes a
/// space. The writer starts every task label with its own word ("Meeting", "Deadline"), so no label can
/// start with a keyword. The full text is in the report's tables.
/// </summary>
internal static class MermaidText
{
    public static string Label(string text, int maxLength = 60)
    {
        var visible = ReportText.Visible(text);
        var builder = new StringBuilder(visible.Length);
        var space = false;
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            var keep = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                || c is '.' or ',' or '\'' or '(' or ')' or '/' or '-' or '_' or '…';
            if (char.IsHighSurrogate(c) && i + 1 < visible.Length && char.IsLetterOrDigit(visible, i))
            {
                builder.Append(c).Append(visible[++i]);
                space = false;
            }
            else if (keep)
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        var label = builder.ToString().Trim();
        return ReportText.Shorten(label.Length == 0 ? "(no text)" : label, maxLength);
    }
}
