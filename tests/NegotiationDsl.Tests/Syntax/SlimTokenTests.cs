using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Antlr4.Runtime;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Syntax.Parsing.Generated;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// A parse reads the hand-written lexer's <see cref="SlimToken"/>s instead of the generated lexer's
/// <see cref="CommonToken"/>s. Every reader of a token (the parser, error recovery, keyword repair, the tree builder,
/// diagnostics) must see exactly what ANTLR's lexer gives: the same kinds, channels, positions, indexes, lines,
/// columns and texts, token for token. Each text here is lexed three ways: ANTLR's lexer making common tokens, ANTLR's
/// lexer making slim tokens, and the hand-written lexer.
/// </summary>
public sealed class SlimTokenTests
{
    [Theory]
    [MemberData(nameof(RoundTripTests.AllRecordFiles), MemberType = typeof(RoundTripTests))]
    public void Records_and_samples_give_the_same_tokens(string relativePath)
    {
        AssertSameTokens(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));
    }

    [Fact]
    public void Generated_programs_give_the_same_tokens()
    {
        for (var seed = 0; seed < 200; seed++) AssertSameTokens(ProgramGenerator.Generate(new Random(seed)));
    }

    [Fact]
    public void Texts_cut_off_anywhere_give_the_same_tokens()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"));
        var random = new Random(25);
        for (var i = 0; i < 60; i++) AssertSameTokens(text.Substring(0, random.Next(text.Length)));
    }

    [Fact]
    public void Random_text_gives_the_same_tokens()
    {
        // Line breaks of every kind, quotes, escapes, comment starts, non-ASCII letters, and lone and paired surrogates.
        string[] pieces = ["\n", "\r\n", "\r", "\u2028", " ", "\t", "\"", "\\", "/*", "*/", "//", ";", "<", ">", "a", "Лавров", "2022-01-21",
            "12:30", "1.5h", "says", "\uD801\uDC00", "\uD800", "\uDC00", "é", "#", "€"];
        var random = new Random(2025);
        for (var i = 0; i < 300; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(40);
            for (var j = 0; j < count; j++) text.Append(pieces[random.Next(pieces.Length)]);
            AssertSameTokens(text.ToString());
        }
    }

    [Fact]
    public void A_token_with_a_text_of_its_own_stays_a_common_token()
    {
        var lexer = SlimTokenFactory.CreateLexer("x");
        var first = lexer.NextToken();
        var conjured = lexer.TokenFactory.Create(Tuple.Create((ITokenSource)lexer, (ICharStream)lexer.InputStream), NegotiationLexer.SEMICOLON, "<missing ';'>",
            TokenConstants.DefaultChannel, -1, -1, first.Line, first.Column);

        Assert.IsType<SlimToken>(first);
        Assert.IsType<CommonToken>(conjured);
        Assert.Equal("<missing ';'>", conjured.Text);
    }

    internal static void AssertSameTokens(string text)
    {
        var expected = Describe(new CommonTokenStream(Quiet(new NegotiationLexer(new SourceCharStream(text)))));
        Assert.Equal(expected, Describe(new CommonTokenStream(SlimTokenFactory.CreateAntlrLexer(text))));
        Assert.Equal(expected, Describe(new CommonTokenStream(SlimTokenFactory.CreateLexer(text))));
    }

    /// <summary>The same for <c>[start, end)</c> of the text only, as incremental parsing lexes one member.</summary>
    internal static void AssertSameTokens(string text, int start, int end)
    {
        var expected = Describe(new CommonTokenStream(Quiet(new NegotiationLexer(new SourceCharStream(text, start, end)))));
        Assert.Equal(expected, Describe(new CommonTokenStream(SlimTokenFactory.CreateLexer(text, start, end))));
    }

    private static NegotiationLexer Quiet(NegotiationLexer lexer)
    {
        lexer.RemoveErrorListeners();
        return lexer;
    }

    internal static List<string> Describe(CommonTokenStream stream)
    {
        stream.Fill();
        return stream.GetTokens().Select(token =>
            $"{token.Type} ch{token.Channel} {token.StartIndex}-{token.StopIndex} #{token.TokenIndex} {token.Line}:{token.Column} '{token.Text}'").ToList();
    }
}
