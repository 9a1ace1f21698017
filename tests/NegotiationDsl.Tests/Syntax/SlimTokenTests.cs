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
/// The lexer makes <see cref="SlimToken"/>s instead of ANTLR's <see cref="CommonToken"/>s. Every reader of a token
/// (the parser, error recovery, keyword repair, the tree builder, diagnostics) must see exactly what it saw before:
/// the same kinds, channels, positions, indexes, lines, columns and texts, token for token.
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

    private static void AssertSameTokens(string text)
    {
        var expected = Describe(new CommonTokenStream(Quiet(new NegotiationLexer(new SourceCharStream(text)))));
        var actual = Describe(new CommonTokenStream(SlimTokenFactory.CreateLexer(text)));
        Assert.Equal(expected, actual);
    }

    private static NegotiationLexer Quiet(NegotiationLexer lexer)
    {
        lexer.RemoveErrorListeners();
        return lexer;
    }

    private static List<string> Describe(CommonTokenStream stream)
    {
        stream.Fill();
        return stream.GetTokens().Select(token =>
            $"{token.Type} ch{token.Channel} {token.StartIndex}-{token.StopIndex} #{token.TokenIndex} {token.Line}:{token.Column} '{token.Text}'").ToList();
    }
}
