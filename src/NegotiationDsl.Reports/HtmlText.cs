using System.Text;

namespace NegotiationDsl.Reports;

/// <summary>
/// Record text for HTML and inline SVG: <c>&amp; &lt; &gt; " '</c> become character references, so text can
/// neither open an element nor leave an attribute; hidden characters are made visible first
/// (<see cref="ReportText.Visible"/>). In text, line breaks become <c>&lt;br&gt;</c>; in attributes, spaces.
/// </summary>
internal static class HtmlText
{
    public static string Text(string text) => Escape(text, "<br>");

    public static string Attribute(string text) => Escape(text, " ");

    private static string Escape(string text, string lineBreak)
    {
        var visible = ReportText.Visible(text);
        var builder = new StringBuilder(visible.Length + 16);
        foreach (var c in visible)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n': builder.Append(lineBreak); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
