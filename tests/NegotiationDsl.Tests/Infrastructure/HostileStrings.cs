using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>The shared list of hostile texts every output format must carry unchanged and unable to alter its structure.</summary>
internal static class HostileStrings
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "plain",
        "\"quoted\" and \\backslash\\",
        "line one\nline two\r\nline three",
        "\"\"\" raw string \"\"\"",
        "{ braces } {{ }} $\"{x}\"",
        "#line 1 \"evil.cs\"",
        "#region #pragma warning disable",
        "*/ /* // comment",
        "</summary><script>alert(1)</script><!-- -->",
        "&amp; &lt; ]]> <![CDATA[",
        "right-to-left \u202E override \u202C and mark \u200F here",
        "zero\u200Bwidth \u2060 joiner",
        "nul \0 byte and bell \a",
        "line\u2028separator\u2029paragraph",
        "emoji 😀 and Лавров",
        "'single' `backtick` ${expr} %s %n",
        "=SUM(A1) +1 -1 @cmd",
        "| table | cell |",
        "```neg\ncode fence\n```",
        "\t tab \v vertical \f feed",
    };

    /// <summary>The text as a .neg string literal (escapes for quotes, backslashes and characters strings cannot hold raw).</summary>
    public static string NegLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A record that puts every hostile string into titles, texts, quotes, sources and place names; given
    /// other strings (as many), the same record with those instead, to compare an output's structure with.
    /// </summary>
    public static string Record(IReadOnlyList<string>? strings = null)
    {
        strings ??= All;
        var builder = new StringBuilder();
        builder.Append("record ").Append(NegLiteral(strings[0])).Append(" source ").Append(NegLiteral(strings[8])).Append(" published 2022-01-21;\n");
        builder.Append("party A state ").Append(NegLiteral(strings[1])).Append(";\nparty B;\n");
        for (var i = 0; i < strings.Count; i++)
        {
            var text = NegLiteral(strings[i]);
            builder.Append("meeting ").Append(text).Append(" 2022-01-21 with A, B <\n");
            builder.Append("  c").Append(i).Append(": A commits ").Append(text).Append(" to B by next_week quote ").Append(text).Append(" source ").Append(text).Append(";\n");
            builder.Append(">\n");
        }

        return builder.ToString();
    }
}
