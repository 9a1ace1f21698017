using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Formatting;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Formatting;

/// <summary>
/// For every input: formatting twice changes nothing more than formatting once, the sequence of tokens
/// (kind and text) is the same before and after, and every comment is still there, in order.
/// </summary>
public sealed class FormatterPropertyTests
{
    /// <summary>What may stand between two tokens: whitespace of every kind, line breaks and comments.</summary>
    private static readonly string[] Gaps =
    {
        " ", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\n    ", "   \n  ", " /* c */ ", "/* c */", "\n/* multi\n   line */\n",
        " // line comment\n", "\n// own line\n", "\u00A0", "\u3000",
    };

    private static readonly string[] Examples =
        Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void Every_example_keeps_its_tokens_and_comments_and_formats_idempotently()
    {
        Assert.NotEmpty(Examples);
        foreach (var example in Examples)
        {
            var tree = SyntaxTree.ParseText(example);
            Assert.True(Formatter.CanFormat(tree));
            AssertProperties(example);
        }
    }

    [Fact]
    public void Examples_with_their_whitespace_and_comments_shuffled_keep_every_property()
    {
        var genRelaid =
            from example in Gen.OneOf(Examples)
            from seed in Gen.Int
            select Relay(example, seed);

        genRelaid.Sample(AssertProperties, iter: 60);
    }

    [Fact]
    public void Arbitrary_fragments_keep_every_property()
    {
        var fragments = new[]
        {
            "party", "person", "meeting", "talks", "outcome", "no", "Blinken", "Lavrov", "USA", "says", "commits", "by", "next_week",
            "\"x\"", "2022-01-21", "..", "2022-W03", "<", ">", ";", ",", ":", "and", "within", "2", "weeks", "1.5h", "at", "13:00",
            "use", "as", "\"../actors\"", "geneva", "geneva.Lavrov",
        };
        var genText = Gen.Select(Gen.OneOf(fragments), Gen.OneOf(Gaps)).Array[0, 40]
            .Select(parts => string.Concat(parts.Select(part => part.Item1 + part.Item2)));

        genText.Sample(AssertProperties, iter: 500);
    }

    [Fact]
    public void Generated_programs_keep_every_property()
    {
        // Grammatical, with every kind of trivia between tokens, and uses and qualified names now and then.
        for (var seed = 0; seed < 50; seed++) AssertProperties(ProgramGenerator.Generate(new Random(seed)));
    }

    private static void AssertProperties(string text)
    {
        var once = Formatter.Format(SyntaxTree.ParseText(text));
        var twice = Formatter.Format(SyntaxTree.ParseText(once));
        Assert.Equal(once, twice);
        Assert.Equal(Tokens(text), Tokens(once));
        Assert.Equal(Comments(text), Comments(once));
        Assert.Equal(CommentsOnTheirOwnLine(text), CommentsOnTheirOwnLine(once));
        if (Formatter.CanFormat(SyntaxTree.ParseText(text)))
        {
            Assert.DoesNotContain(" \n", once, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", once, StringComparison.Ordinal);
            Assert.True(once.Length == 0 || (once.EndsWith('\n') && !once.EndsWith("\n\n", StringComparison.Ordinal)), "exactly one final newline");
        }
        else
        {
            Assert.Equal(text, once);
        }
    }

    private static string[] Tokens(string text) =>
        SyntaxTree.ParseText(text).Root.DescendantTokens().Select(token => token.Kind + " " + token.Text).ToArray();

    /// <summary>Comments in order, compared without line-ending and trailing-space differences.</summary>
    private static string[] Comments(string text) =>
        SyntaxTree.ParseText(text).Root.DescendantTokens()
            .SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia))
            .Where(trivia => trivia.IsComment)
            .Select(trivia => string.Join("\n", trivia.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd())))
            .ToArray();

    /// <summary>For each comment in order: does it start its line (true) or follow code on it (false)?</summary>
    private static bool[] CommentsOnTheirOwnLine(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        return tree.Root.DescendantTokens()
            .SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia))
            .Where(trivia => trivia.IsComment)
            .Select(trivia =>
            {
                var lineStart = tree.Text.GetLineStart(tree.Text.GetLineIndex(trivia.Position));
                return tree.Text.ToString(NegotiationDsl.Text.TextSpan.FromBounds(lineStart, trivia.Position)).All(c => char.IsWhiteSpace(c) || c == '\uFEFF');
            })
            .ToArray();
    }

    /// <summary>The example's tokens with every gap between them replaced by a random one (comments included).</summary>
    private static string Relay(string text, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        foreach (var token in SyntaxTree.ParseText(text).Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Where(trivia => trivia.IsComment)) builder.Append('\n').Append(trivia.Text).Append('\n');
            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia.Where(trivia => trivia.IsComment))
                builder.Append(' ').Append(trivia.Text).Append(trivia.Kind == SyntaxKind.LineCommentTrivia ? "\n" : " ");
            builder.Append(Gaps[random.Next(Gaps.Length)]);
        }

        return builder.ToString();
    }
}
