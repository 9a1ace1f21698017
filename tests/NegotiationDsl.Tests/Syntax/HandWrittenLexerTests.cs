using System;
using System.Linq;
using System.Text;
using CsCheck;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Syntax.Parsing.Generated;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The hand-written lexer against ANTLR's generated one (<see cref="SlimTokenTests.AssertSameTokens(string)"/>), on
/// texts made to hit the edges of every rule, and the guard that keeps the grammar the one source of truth: a rule the
/// hand-written lexer neither spells out nor reads from the generated lexer fails here.
/// </summary>
public sealed class HandWrittenLexerTests
{
    /// <summary>Pieces of every rule of the grammar, the characters at their edges, and every printable ASCII character.</summary>
    private static readonly string[] Pieces =
    [
        .. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => ((char)c).ToString()),
        // Keywords and near misses, names, qualified names, non-ASCII names.
        "use", "as", "record", "organisation", "organization", "commits", "commit", "fulfills", "fulfil", "this_week", "coming_weeks",
        "next_month", "days", "day", "says", "s", "users", "Use", "_", "x", "a1", "geneva.written_response", "a.", ".b", "Лавров", "é", "\u0301",
        "\uD801\uDC00", "\uD800", "\uDC00", "\uD835\uDFCE", "\u0660", "\u0001", "\u0002", "\u0003", "\u0004", "\u0005",
        // Zones and what is almost one.
        "Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+3", "Etc/GMT-14", "UTC", "a/", "/b", "_x/y", "from/x",
        // Numbers, dates, times, durations.
        "0", "7", "12", "2022", "2022-01-21", "2022-01", "2022-W05", "2022-W5", "2022-1", "12:30", "1:30", "123:45", "12:3",
        "1.5h", "2h30min", "2h30", "2h3mi", "1.5", "1.", ".5", "1.5min", "45min", "mi", "min", "3d", "2w", "4h", "1.5.5",
        // Strings, escapes, comments, punctuation, odd characters.
        "\"", "\"a b\"", "\\", "\\\"", "\\n", "\\;", "\"x;", ";", ",", ":", "<", ">", ".", "..", "...", "/", "-", "+", "*",
        "/*", "*/", "**", "//", "/**/", "/*/", "#", "€", "@",
        // Layout of every kind.
        " ", "  ", "\t", "\f", "\v", "\u00A0", "\u3000", "\n", "\r\n", "\r", "\u2028", "\u2029", "\uFEFF",
    ];

    [Fact]
    public void Random_texts_of_the_grammars_pieces_give_the_same_tokens()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 30]
            .Select(indexes => string.Concat(indexes.Select(index => Pieces[index])))
            .Sample(SlimTokenTests.AssertSameTokens, iter: 5000, threads: 1);
    }

    [Fact]
    public void Random_texts_of_single_characters_give_the_same_tokens()
    {
        var characters = string.Concat(Pieces).Distinct().ToArray();
        Gen.Int[0, characters.Length - 1].Array[0, 40]
            .Select(indexes => new string(indexes.Select(index => characters[index]).ToArray()))
            .Sample(SlimTokenTests.AssertSameTokens, iter: 5000, threads: 1);
    }

    [Fact]
    public void A_range_of_a_text_gives_the_same_tokens_as_ANTLR_over_that_range()
    {
        var text = string.Concat(CorpusGenerator.GenerateFolder(seed: 3, records: 2).Select(file => file.Text));
        Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, 400])
            .Sample(range => SlimTokenTests.AssertSameTokens(text, range.Item1, Math.Min(text.Length, range.Item1 + range.Item2)), iter: 500, threads: 1);
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[0, 20], Gen.Int[0, 20], Gen.Int[0, 20])
            .Sample(sample =>
            {
                var pieces = string.Concat(sample.Item1.Select(index => Pieces[index]));
                var start = Math.Min(sample.Item2, pieces.Length);
                SlimTokenTests.AssertSameTokens(pieces, start, Math.Max(start, pieces.Length - sample.Item3));
            }, iter: 2000, threads: 1);
    }

    [Fact]
    public void The_benchmark_corpus_gives_the_same_tokens()
    {
        foreach (var file in CorpusGenerator.GenerateFolder(seed: 11, records: CorpusGenerator.RecordsPerFolder)) SlimTokenTests.AssertSameTokens(file.Text);
        foreach (var file in CorpusGenerator.GenerateArchive(tracks: 2, records: 3)) SlimTokenTests.AssertSameTokens(file.Text);
    }

    [Theory]
    [MemberData(nameof(DocumentationExampleTests.Examples), MemberType = typeof(DocumentationExampleTests))]
    public void The_language_documentations_examples_give_the_same_tokens(int number, string example)
    {
        Assert.True(number > 0);
        SlimTokenTests.AssertSameTokens(example);
    }

    [Fact]
    public void Every_keyword_and_punctuation_of_the_grammar_gives_the_same_tokens()
    {
        foreach (var type in LexerLiterals.Types)
        {
            var name = NegotiationLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? "";
            SlimTokenTests.AssertSameTokens(name);
            SlimTokenTests.AssertSameTokens($"x {name} {name}s {name}_ {name}.x {name}/x {name}1 _{name}");
        }
    }

    [Fact]
    public void Every_rule_of_the_grammar_is_a_literal_or_written_out_by_hand()
    {
        var vocabulary = NegotiationLexer.DefaultVocabulary;
        var unknown = Enumerable.Range(1, NegotiationLexer._ATN.maxTokenType)
            .Where(type => !LexerLiterals.Types.Contains(type) && !HandWrittenLexer.HandWrittenTypes.Contains(type))
            .Select(type => vocabulary.GetSymbolicName(type));

        Assert.Empty(unknown);
        Assert.Empty(LexerLiterals.Unsupported);
        Assert.Empty(HandWrittenLexer.HandWrittenTypes.Where(LexerLiterals.Types.Contains).Select(type => vocabulary.GetSymbolicName(type)));
    }

    [Fact]
    public void Keywords_with_several_spellings_are_read_from_the_generated_lexer()
    {
        Assert.Equal(NegotiationLexer.REJECTS, LexerLiterals.Words.Find("refuse", 0, 6));
        Assert.Equal(NegotiationLexer.ORGANISATION, LexerLiterals.Words.Find("organization", 0, 12));
        Assert.Equal(NegotiationLexer.DOT_DOT, LexerLiterals.Punctuation['.']!.Single().Type);
        Assert.Equal(0, LexerLiterals.Words.Find("refused", 0, 7));
    }

    [Fact]
    public void A_long_text_of_every_piece_gives_the_same_tokens()
    {
        var text = new StringBuilder();
        var random = new Random(26);
        for (var i = 0; i < 20_000; i++) text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(4) == 0 ? " " : "");
        SlimTokenTests.AssertSameTokens(text.ToString());
    }
}
