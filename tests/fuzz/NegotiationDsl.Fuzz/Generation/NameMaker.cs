using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>
/// Names and string literals as the language allows them (docs/language.md, sections 2.3 and 2.5): names in
/// every script, with digits, combining marks and connector punctuation after the first letter; strings with
/// every escape, every character a string may hold raw, and text that looks like syntax.
/// </summary>
internal sealed class NameMaker
{
    private static readonly string[] Starts =
    [
        "A", "B", "Delegation", "Envoy", "USA", "Russia", "_draft", "G", "Лавров", "Россия", "Ελένη", "José", "中国", "日本",
        "Ⅻ", "ﬁ", "Zürich", "Ålesund", "İstanbul", "Ναυπλίου", "עברית", "عربي", "한국", "ǅ", "\U00010400", "\U00020000",
    ];

    private static readonly string[] Parts =
    [
        "a", "b", "x", "_", "1", "2", "9", "Council", "ov", "ский", "ος", "\u0301", "\u0903", "\u203F", "٣", "०", "Ⅳ",
    ];

    private static readonly string[] Words =
    [
        "written", "response", "security", "guarantees", "on", "the", "NATO", "expansion", "talks", "ceasefire", "grain", "corridor",
        "Россия", "никогда", "не", "угрожала", "Ελλάδα", "中文", "مرحبا", "שלום", "😀", "🇺🇦", "naïve", "e\u0301",
    ];

    /// <summary>Raw characters a string may hold: syntax, controls, marks, invisible and bidirectional characters.</summary>
    private static readonly string[] RawPieces =
    [
        ";", "<", ">", "//", "/*", "*/", ",", ":", "..", "'", "`", "$", "{", "}", "{0}", "#", "&amp;", "</script>", "<!--", "-->",
        "]]>", "|", "*", "_", "=cmd()", "@SUM(A1)", "+1", "-1", "\t", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u00A0",
        "\u200B", "\u200D", "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\uFFFF", "%", "\u00AD", "#line 1",
    ];

    private static readonly string[] Escapes = ["\\\"", "\\\\", "\\n", "\\r", "\\t", "\\u00e9", "\\u00E9", "\\u0000", "\\uD83D\\uDE00", "\\uD800", "\\uDC00", "\\u202e", "\\u2028", "\\\"\\\"\\\""];

    private readonly Random _random;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public NameMaker(Random random) => _random = random;

    /// <summary>A name not used before in this program and not a keyword.</summary>
    public string NewName(string hint)
    {
        while (true)
        {
            var name = new StringBuilder(_random.Next(3) == 0 ? Pick(Starts) : hint);
            var parts = _random.Next(3);
            for (var i = 0; i < parts; i++) name.Append(Pick(Parts));
            name.Append(_used.Count.ToString(CultureInfo.InvariantCulture));
            var text = name.ToString();
            if (SyntaxFacts.GetKeywordKind(text) == SyntaxKind.IdentifierToken && _used.Add(text)) return text;
        }
    }

    /// <summary>A quoted string literal of a few words, sometimes with escapes and odd raw characters.</summary>
    public string Literal(int maxWords = 6)
    {
        var text = new StringBuilder("\"");
        var count = _random.Next(maxWords + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            switch (_random.Next(10))
            {
                case 0:
                    text.Append(Pick(Escapes));
                    break;
                case 1:
                    text.Append(Pick(RawPieces));
                    break;
                default:
                    text.Append(Pick(Words));
                    break;
            }
        }

        // Now and then a long one: a quote of a whole paragraph.
        if (_random.Next(200) == 0) text.Append(' ', _random.Next(1, 4000)).Append("end");
        return text.Append('"').ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
