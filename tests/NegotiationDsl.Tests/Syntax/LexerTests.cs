using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>Every token kind the lexer can produce is covered here, and a test fails when one is not.</summary>
public sealed class LexerTests
{
    private static readonly (string Text, SyntaxKind Kind)[] NonKeywordTokens =
    {
        ("<", SyntaxKind.LessThanToken),
        (">", SyntaxKind.GreaterThanToken),
        (";", SyntaxKind.SemicolonToken),
        (",", SyntaxKind.CommaToken),
        (":", SyntaxKind.ColonToken),
        ("..", SyntaxKind.DotDotToken),
        ("Blinken", SyntaxKind.IdentifierToken),
        ("Лавров", SyntaxKind.IdentifierToken),
        ("_x2", SyntaxKind.IdentifierToken),
        ("geneva.written_response", SyntaxKind.IdentifierToken),
        ("люди.Лавров2", SyntaxKind.IdentifierToken),
        ("\"written response\"", SyntaxKind.StringLiteralToken),
        ("\"a \\\" b\"", SyntaxKind.StringLiteralToken),
        ("\"never closed", SyntaxKind.UnterminatedStringLiteralToken),
        ("2022-01-21", SyntaxKind.DateLiteralToken),
        ("2022-W03", SyntaxKind.WeekLiteralToken),
        ("2022-01", SyntaxKind.MonthLiteralToken),
        ("13:00", SyntaxKind.TimeLiteralToken),
        ("Europe/Kyiv", SyntaxKind.TimeZoneToken),
        ("America/Argentina/Buenos_Aires", SyntaxKind.TimeZoneToken),
        ("Etc/GMT+3", SyntaxKind.TimeZoneToken),
        ("1.5h", SyntaxKind.DurationLiteralToken),
        ("90min", SyntaxKind.DurationLiteralToken),
        ("1h30min", SyntaxKind.DurationLiteralToken),
        ("2d", SyntaxKind.DurationLiteralToken),
        ("1w", SyntaxKind.DurationLiteralToken),
        ("2022", SyntaxKind.NumberLiteralToken),
        ("3.5", SyntaxKind.NumberLiteralToken),
    };

    private static readonly (string Text, SyntaxKind Kind)[] TriviaTokens =
    {
        (" \t", SyntaxKind.WhitespaceTrivia),
        ("\u00A0", SyntaxKind.WhitespaceTrivia),
        ("\n", SyntaxKind.EndOfLineTrivia),
        ("\r\n", SyntaxKind.EndOfLineTrivia),
        ("\r", SyntaxKind.EndOfLineTrivia),
        ("// note", SyntaxKind.LineCommentTrivia),
        ("/* a\n b */", SyntaxKind.BlockCommentTrivia),
        ("/* open", SyntaxKind.UnterminatedBlockCommentTrivia),
        ("\uFEFF", SyntaxKind.ByteOrderMarkTrivia),
        ("@", SyntaxKind.UnexpectedCharactersTrivia),
    };

    public static IEnumerable<object[]> TokenCases() =>
        NonKeywordTokens.Select(item => new object[] { item.Text, item.Kind })
            .Concat(SyntaxFacts.Keywords.SelectMany(kind => SyntaxFacts.GetKeywordSpellings(kind).Select(text => new object[] { text, kind })));

    public static IEnumerable<object[]> TriviaCases() => TriviaTokens.Select(item => new object[] { item.Text, item.Kind });

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void Lexes_one_token(string text, SyntaxKind kind)
    {
        var tokens = Lex(text);

        var token = Assert.Single(tokens);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Text);
    }

    [Theory]
    [MemberData(nameof(TriviaCases))]
    public void Lexes_trivia(string text, SyntaxKind kind)
    {
        var endOfFile = Assert.Single(SyntaxTree.ParseTokens(text));

        var trivia = Assert.Single(endOfFile.LeadingTrivia);
        Assert.Equal(kind, trivia.Kind);
        Assert.Equal(text, trivia.Text);
    }

    [Fact]
    public void Every_token_and_trivia_kind_has_a_lexer_test()
    {
        var tested = NonKeywordTokens.Select(item => item.Kind)
            .Concat(TriviaTokens.Select(item => item.Kind))
            .Concat(SyntaxFacts.Keywords)
            .Append(SyntaxKind.EndOfFileToken)
            .Append(SyntaxKind.SkippedTokensTrivia)
            .ToHashSet();
        var untested = Enum.GetValues<SyntaxKind>()
            .Where(kind => kind.ToString().EndsWith("Token", StringComparison.Ordinal) || kind.ToString().EndsWith("Keyword", StringComparison.Ordinal) || kind.ToString().EndsWith("Trivia", StringComparison.Ordinal))
            .Where(kind => !tested.Contains(kind))
            .ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public void Keywords_are_case_sensitive_and_longest_match_wins()
    {
        Assert.Equal(SyntaxKind.IdentifierToken, Lex("Meeting").Single().Kind);
        Assert.Equal(SyntaxKind.IdentifierToken, Lex("meetings").Single().Kind);
        Assert.Equal(new[] { SyntaxKind.DateLiteralToken, SyntaxKind.DotDotToken, SyntaxKind.DateLiteralToken },
            Lex("2022-01-10..2022-01-13").Select(token => token.Kind));
    }

    [Theory]
    [InlineData("a.b", "IdentifierToken a.b")]
    [InlineData("_x._y1", "IdentifierToken _x._y1")]
    [InlineData("a..b", "IdentifierToken a|DotDotToken ..|IdentifierToken b")]
    [InlineData("today..next_week", "TodayKeyword today|DotDotToken ..|NextWeekKeyword next_week")]
    [InlineData("a.b.c", "IdentifierToken a.b|IdentifierToken c")]
    [InlineData("a. b", "IdentifierToken a|IdentifierToken b")]
    [InlineData("a.1", "IdentifierToken a|NumberLiteralToken 1")]
    [InlineData("use.x as.y", "IdentifierToken use.x|IdentifierToken as.y")]
    [InlineData("1.5h", "DurationLiteralToken 1.5h")]
    public void A_dot_joins_two_names_into_one_only_when_a_letter_follows_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", Lex(text).Select(token => $"{token.Kind} {token.Text}")));
    }

    [Theory]
    [InlineData("a. b", 1)]
    [InlineData("a.b.c", 3)]
    [InlineData("a.1", 1)]
    public void A_dot_that_joins_nothing_is_an_unexpected_character(string text, int dot)
    {
        var diagnostic = Assert.Single(SyntaxTree.ParseText($"X says \"x\" to {text};").Diagnostics, d => d.Code == "NEG1001");

        Assert.Equal("Unexpected character '.' (U+002E).", diagnostic.Message);
        Assert.Equal("X says \"x\" to ".Length + dot, diagnostic.Location.LineSpan.Start.Character);
    }

    [Fact]
    public void A_terminated_block_comment_wins_over_the_unterminated_form()
    {
        var tree = SyntaxTree.ParseText("/* a */ party X;");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(SyntaxKind.BlockCommentTrivia, tree.Root.Members[0].FirstToken.LeadingTrivia[0].Kind);
    }

    [Fact]
    public void Trailing_trivia_runs_to_the_end_of_the_line_and_leading_trivia_takes_the_rest()
    {
        var tree = SyntaxTree.ParseText("party X; // one\n// two\nparty Y;");

        var semicolon = ((PartyDeclarationSyntax)tree.Root.Members[0]).SemicolonToken;
        Assert.Equal(new[] { SyntaxKind.WhitespaceTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia }, semicolon.TrailingTrivia.Select(t => t.Kind));
        var party = tree.Root.Members[1].FirstToken;
        Assert.Equal(new[] { SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia }, party.LeadingTrivia.Select(t => t.Kind));
    }

    private static List<SyntaxToken> Lex(string text) =>
        SyntaxTree.ParseTokens(text).Where(token => token.Kind != SyntaxKind.EndOfFileToken).ToList();
}
