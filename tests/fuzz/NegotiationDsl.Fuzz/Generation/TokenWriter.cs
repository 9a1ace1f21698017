using System;
using System.Text;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>
/// Writes tokens with random trivia between them: every kind of whitespace and line break the language
/// knows, and comments. Two word-like tokens (names, keywords, numbers, dates) always get a gap, since
/// without one they would lex as a single token; anything else may touch its neighbour.
/// </summary>
internal sealed class TokenWriter
{
    /// <summary>Gaps, most of them plain; the rest are what the lexer must take as trivia too.</summary>
    private static readonly string[] Gaps =
    [
        " ", " ", " ", " ", " ", " ", "\n", "\n", "\n  ", "\n    ", "  ", "\t", "\r\n", "\r\n  ", "\r", "\f", "\v",
        " /* block */ ", "/**/", "/* two\n   lines */", "/* * / ** */", " // line comment\n", "// \"not a string\" < ;\n",
        "\u00A0", "\u1680", "\u2003", "\u202F", "\u205F", "\u3000", "\u2028", "\u2029", "\n\n", " \t \n",
    ];

    private readonly StringBuilder _text = new();
    private readonly Random _random;
    private bool _lastWasWord;

    public TokenWriter(Random random) => _random = random;

    public int Length => _text.Length;

    /// <summary>A keyword, name, number, date, time or duration.</summary>
    public TokenWriter Word(string text)
    {
        Gap(required: _lastWasWord);
        _text.Append(text);
        _lastWasWord = true;
        return this;
    }

    /// <summary>Punctuation: <c>&lt; &gt; ; , : ..</c>.</summary>
    public TokenWriter Punctuation(string text)
    {
        Gap(required: false);
        _text.Append(text);
        _lastWasWord = false;
        return this;
    }

    /// <summary>A string literal, already quoted and escaped.</summary>
    public TokenWriter Literal(string quoted)
    {
        Gap(required: false);
        _text.Append(quoted);
        _lastWasWord = false;
        return this;
    }

    /// <summary>A line break and an optional comment between members.</summary>
    public void EndOfMember()
    {
        _text.Append(_random.Next(6) switch
        {
            0 => "\r\n",
            1 => " // after the member\n",
            2 => "\n\n",
            _ => "\n",
        });
        _lastWasWord = false;
    }

    public void Raw(string text)
    {
        _text.Append(text);
        _lastWasWord = false;
    }

    public override string ToString() => _text.ToString();

    private void Gap(bool required)
    {
        if (_text.Length == 0) return;
        // Most tokens that may touch do: `a;`, `"x",`, `<`.
        if (!required && _random.Next(3) != 0) return;
        _text.Append(_random.Next(4) == 0 ? Gaps[_random.Next(Gaps.Length)] : " ");
    }
}
