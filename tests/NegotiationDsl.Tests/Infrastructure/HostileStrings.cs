using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>A string that has broken C#, JSON, HTML, Markdown, CSV or terminal output somewhere, and what a JSON reader must get back for it.</summary>
public sealed record HostileString(string Name, string Value, string Expected)
{
    public HostileString(string name, string value)
        : this(name, value, value)
    {
    }

    public override string ToString() => Name;
}

/// <summary>
/// The one list of hostile strings every output format is tested with (C#, JSON, HTML, Markdown, Mermaid,
/// CSV, SARIF): put into records as titles, texts, quotes, sources, places and names, they must come back
/// unchanged and must not change the structure of the output. <see cref="HostileString.Expected"/> differs
/// from the value only where a format cannot hold the text (lone surrogates become U+FFFD in JSON).
/// </summary>
public static class HostileStrings
{
    public static IReadOnlyList<HostileString> All { get; } = new[]
    {
        new HostileString("quotes", "she said \"no\" and 'never'"),
        new HostileString("backslashes", @"C:\path\to\file \\server \u0041 \n"),
        new HostileString("newlines", "line one\nline two\r\nline three\rend"),
        new HostileString("triple quotes", "\"\"\" raw string \"\"\""),
        new HostileString("braces", "{ \"key\": [1, 2] } {{0}} ${x} %s"),
        new HostileString("hash", "# not a comment // nor this /* nor */"),
        new HostileString("script end tag", "</script><script>alert(1)</script>"),
        new HostileString("html comment", "<!-- comment --> & &amp; <b>"),
        new HostileString("right-to-left override", "\u202Etxt.exe"),
        new HostileString("right-to-left mark", "\u200Fمرحبا\u200F"),
        new HostileString("nul", "before\0after"),
        new HostileString("line and paragraph separators", "one\u2028two\u2029three"),
        new HostileString("control characters", "\u0001\u001B[31mred\u001B[0m\u007F\u0085"),
        new HostileString("emoji", "😀 🇺🇦 👨‍👩‍👧 𝄞"),
        new HostileString("lone high surrogate", "lone \uD800 surrogate", "lone \uFFFD surrogate"),
        new HostileString("lone low surrogate", "\uDC00 at the start", "\uFFFD at the start"),
        new HostileString("reversed pair", "\uDE00\uD83D", "\uFFFD\uFFFD"),
        new HostileString("empty", ""),
        new HostileString("non-Latin scripts", "Россия 조선 Ελλάδα"),
        new HostileString("preprocessor lines", "#line 1 \"evil.cs\"\n#region #pragma warning disable"),
        new HostileString("comment closers", "*/ /* // comment"),
        new HostileString("summary end tag", "</summary><remarks>injected</remarks>"),
        new HostileString("cdata", "]]> <![CDATA[ x ]]>"),
        new HostileString("zero-width characters", "zero\u200Bwidth \u2060 joiner \uFEFF"),
        new HostileString("spreadsheet formula", "=SUM(A1) +1 -1 @cmd"),
        new HostileString("markdown table and fence", "| table | cell |\n```neg\ncode\n```"),
        new HostileString("mermaid syntax", "section x : crit, done, 2022-01-01, 1d %% ]]"),
        new HostileString("tabs and feeds", "\t tab \v vertical \f feed"),
        new HostileString("carriage return", "one\rtwo"),
        new HostileString("next line", "one\u0085two"),
        new HostileString("line separator", "one\u2028two"),
        new HostileString("paragraph separator", "one\u2029two"),
        new HostileString("escape sequences", "\u001B[2J\u001B[H\u001B[1;31mcleared\u001B[0m \u001B[1A\u001B[K"),
        new HostileString("window title", "\u001B]0;owned\u0007title \u001B]8;;https://evil.example/\u001B\\link\u001B]8;;\u001B\\"),
        new HostileString("bell", "ding\u0007dong"),
        new HostileString("c1 controls", "\u009B2J \u009D0;owned\u009C \u0090q\u009C"),
        new HostileString("bidirectional isolates", "\u2066\u2067evil\u2069\u2069 \u202Bembed\u202C \u061Cx"),
        new HostileString("tag characters", "hidden\U000E0041\U000E0042\U000E007F text"),
        new HostileString("markdown image and html", "![x](https://evil.example/p.png) [y](https://evil.example/) <img src=x onerror=alert(1)> # h"),
        new HostileString("code after a line break", "x\u2028#pragma warning disable\u2028namespace Evil { static class Run { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Go() => System.AppContext.SetData(nameof(Evil), 1); } }\u2028#pragma x"),
        new HostileString("250 bytes", new string('n', 250)),
        new HostileString("markdown blocks", "- item\n1. one\n> quote\n    indented\n---\n==="),
    };

    /// <summary>
    /// The characters of <paramref name="text"/> a reader would not see or that would act on a terminal or an
    /// editor: controls (C0, DEL, C1), line and paragraph separators, invisible formatting characters (astral ones
    /// such as tag characters included) and lone surrogates; line feeds and the zero-width (non-)joiners excepted,
    /// and the <paramref name="allowed"/> ones. Each as U+XXXX, for a readable failure.
    /// </summary>
    public static IReadOnlyList<string> RawHidden(string text, params char[] allowed)
    {
        var found = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || System.Array.IndexOf(allowed, c) >= 0 || c is '\u200C' or '\u200D') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = char.ConvertToUtf32(c, text[++i]);
                if (CharUnicodeInfo.GetUnicodeCategory(rune) == UnicodeCategory.Format) found.Add($"U+{rune:X4} at {i - 1}");
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                found.Add($"U+{(int)c:X4} at {i}");
        }

        return found;
    }

    /// <summary>Just the texts, in list order.</summary>
    public static IReadOnlyList<string> Values { get; } = All.Select(hostile => hostile.Value).ToList();

    /// <summary>Theory data: the names, so each case shows in the test list.</summary>
    public static IEnumerable<object[]> Names() => All.Select(hostile => new object[] { hostile.Name });

    public static HostileString Named(string name) => All.Single(hostile => hostile.Name == name);

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
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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
        strings ??= Values;
        var builder = new StringBuilder();
        builder.Append("record ").Append(NegLiteral(strings[0])).Append(" source ").Append(NegLiteral(strings[6])).Append(" published 2022-01-21;\n");
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
