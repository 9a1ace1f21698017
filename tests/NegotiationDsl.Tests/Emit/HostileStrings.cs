using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Tests.Emit;

/// <summary>A string that has broken JSON, HTML or terminal output somewhere, and what a JSON reader must get back for it.</summary>
public sealed record HostileString(string Name, string Value, string Expected)
{
    public HostileString(string name, string value)
        : this(name, value, value)
    {
    }

    public override string ToString() => Name;
}

/// <summary>The hostile strings every emitter is tested with: put into records as titles, texts, quotes, sources, places, names.</summary>
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
    };

    /// <summary>Theory data: the names, so each case shows in the test list.</summary>
    public static IEnumerable<object[]> Names() => All.Select(hostile => new object[] { hostile.Name });

    public static HostileString Named(string name) => All.Single(hostile => hostile.Name == name);
}
