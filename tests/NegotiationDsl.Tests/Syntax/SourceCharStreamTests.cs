using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Syntax.Parsing.Generated;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>The lexer sees non-ASCII characters through stand-ins; every character must still lex as its Unicode class says.</summary>
public sealed class SourceCharStreamTests
{
    private const int Identifier = NegotiationLexer.IDENTIFIER;
    private const int Unexpected = NegotiationLexer.UNEXPECTED_CHARACTER;

    [Fact]
    public void Every_BMP_character_lexes_as_its_Unicode_category_says()
    {
        var mismatches = new List<string>();
        for (var code = 1; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (code < 128 && code > 5) continue;
            var expected = Expected(c.ToString(), CharUnicodeInfo.GetUnicodeCategory(c));
            foreach (var (text, tokens) in expected)
            {
                var actual = Lex(text);
                if (actual != tokens) mismatches.Add($"U+{code:X4} in {Printable(text)}: expected {tokens}, got {actual}");
            }

            if (mismatches.Count > 20) break;
        }

        Assert.Empty(mismatches);
    }

    /// <summary>Planes 1 and 2 (historic scripts, CJK extensions, emoji): a character is two code units there, a surrogate pair.</summary>
    [Fact]
    public void Every_character_of_planes_one_and_two_lexes_as_its_Unicode_category_says()
    {
        var mismatches = new List<string>();
        for (var code = 0x10000; code <= 0x2FFFF && mismatches.Count <= 20; code++)
        {
            var c = char.ConvertFromUtf32(code);
            foreach (var (text, tokens) in Expected(c, CharUnicodeInfo.GetUnicodeCategory(code)))
            {
                var actual = Lex(text);
                if (actual != tokens) mismatches.Add($"U+{code:X5} in {Printable(text)}: expected {tokens}, got {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xDC00, 0xD800)]
    [InlineData(0xD801, 0xD801)]
    public void A_lone_or_reversed_surrogate_is_an_unexpected_character(params int[] codeUnits)
    {
        var text = "a" + string.Concat(codeUnits.Select(unit => (char)unit)) + "b";
        Assert.Equal($"{Identifier}@0-0 {Unexpecteds(1, codeUnits.Length)}{Identifier}@{text.Length - 1}-{text.Length - 1} ", Lex(text));
    }

    [Fact]
    public void Token_text_is_the_real_text_not_the_stand_in()
    {
        var lexer = new NegotiationLexer(new SourceCharStream("Лавров \"Сергей\""));
        var name = lexer.NextToken();
        Assert.Equal(NegotiationLexer.IDENTIFIER, name.Type);
        Assert.Equal("Лавров", name.Text);
    }

    /// <summary>Texts holding the character <paramref name="c"/> (one or two code units), with the tokens (type@start-stop) each must give.</summary>
    private static IEnumerable<(string Text, string Tokens)> Expected(string c, UnicodeCategory category)
    {
        var last = c.Length - 1;
        // Anything but a line break belongs to a string, whatever its class.
        if (c is "\u2028" or "\u2029")
        {
            yield return ($"a{c}b", $"{Identifier}@0-0 {Identifier}@2-2 ");
            yield return ($"// x{c}b", $"{NegotiationLexer.LINE_COMMENT}@0-3 {Identifier}@5-5 ");
            yield break;
        }

        yield return ($"\"{c}\"", $"{NegotiationLexer.STRING}@0-{last + 2} ");
        if (c == "\uFEFF")
        {
            yield return ($"{c}a", $"{NegotiationLexer.BYTE_ORDER_MARK}@0-0 {Identifier}@1-1 ");
            yield break;
        }

        switch (category)
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber:
                yield return ($"{c}", $"{Identifier}@0-{last} ");
                yield return ($"at{c}", $"{Identifier}@0-{last + 2} ");
                break;
            case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.ConnectorPunctuation:
                yield return ($"a{c}", $"{Identifier}@0-{last + 1} ");
                yield return ($"{c}", Unexpecteds(0, c.Length));
                break;
            case UnicodeCategory.SpaceSeparator:
                yield return ($"a{c}b", $"{Identifier}@0-0 {Identifier}@{last + 2}-{last + 2} ");
                break;
            default:
                yield return ($"a{c}b", $"{Identifier}@0-0 {Unexpecteds(1, c.Length)}{Identifier}@{last + 2}-{last + 2} ");
                break;
        }
    }

    /// <summary>One unexpected-character token per code unit.</summary>
    private static string Unexpecteds(int start, int count) =>
        string.Concat(Enumerable.Range(start, count).Select(i => $"{Unexpected}@{i}-{i} "));

    private static string Lex(string text)
    {
        var lexer = new NegotiationLexer(new SourceCharStream(text));
        lexer.RemoveErrorListeners();
        var result = new System.Text.StringBuilder();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
            result.Append(token.Type).Append('@').Append(token.StartIndex).Append('-').Append(token.StopIndex).Append(' ');
        return result.ToString();
    }

    private static string Printable(string text) => string.Concat(Enumerable.Select(text, c => c < 128 && c >= 32 ? c.ToString() : $"\\u{(int)c:X4}"));
}
