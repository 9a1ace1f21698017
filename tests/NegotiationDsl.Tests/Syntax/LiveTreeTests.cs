using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The parser builds our tree in one of two ways: live, while the SLL parse runs (a text without syntax
/// errors), or from ANTLR's parse tree after error recovery. Both must give the same tree, token for token.
/// </summary>
public sealed class LiveTreeTests
{
    [Theory]
    [MemberData(nameof(RoundTripTests.AllRecordFiles), MemberType = typeof(RoundTripTests))]
    public void Records_and_samples_get_the_same_tree_both_ways(string relativePath)
    {
        AssertSameTreeBothWays(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));
    }

    [Fact]
    public void Generated_programs_get_the_same_tree_both_ways()
    {
        for (var seed = 0; seed < 200; seed++) AssertSameTreeBothWays(ProgramGenerator.Generate(new Random(seed)));
    }

    [Theory]
    [InlineData("use \"../actors\";\nuse \"../geneva-2022\" as geneva;\ngeneva.USA fulfils geneva.written_response on 2022-01-26;\n")]
    [InlineData("use \"../a\" as;\nparty X state;\n")]
    [InlineData("use ;\nuse \"../a\"\nparty X state;\n")]
    [InlineData("use \"../a\" as \"a\";\nX says \"x\" to a. b;\n")]
    public void Uses_and_qualified_names_get_the_same_tree_both_ways(string text)
    {
        AssertSameTreeBothWays(text);
    }

    [Fact]
    public void Texts_cut_off_anywhere_get_the_same_tree_both_ways()
    {
        // A cut makes the SLL parse bail out part-way, after the live builder has already taken tokens:
        // whatever it built must be thrown away, not leak into the tree that recovery gives.
        var text = File.ReadAllText(Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"));
        var random = new Random(8);
        for (var i = 0; i < 60; i++) AssertSameTreeBothWays(text.Substring(0, random.Next(text.Length)));
    }

    [Theory]
    [InlineData("meeting Geneva 2022-01-21 1.5h < Blinken commits \"written response\" by next_week; >\n", true)]
    [InlineData("meeting Geneva 2022-01-21 1.5h < Blinken commits \"written response\" by next_week >\n", false)]
    public void Only_a_text_without_syntax_errors_is_built_while_parsing(string text, bool live)
    {
        var stream = Lex(text);
        var run = new ParseRun(stream);
        var builder = new SyntaxTreeBuilder(new TokenCursor(run.Tokens, new HashSet<int>(), new StringTable(text, text.Length)));

        Assert.Equal(live, run.TryParseWithoutErrors(builder));
        if (live) Assert.Equal(text, builder.Finish(run.Tokens[run.Tokens.Count - 1]).ToFullString());
    }

    private static void AssertSameTreeBothWays(string text)
    {
        var source = SourceText.From(text, "test.neg");
        var live = SyntaxParser.Parse(source, buildWhileParsing: true);
        var walked = SyntaxParser.Parse(source, buildWhileParsing: false);

        Assert.Equal(SyntaxTreePrinter.Print(walked.Root), SyntaxTreePrinter.Print(live.Root));
        Assert.Equal(walked.Diagnostics.Select(d => d.ToString()), live.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(text, live.Root.ToFullString());
    }

    private static PresizedTokenStream Lex(string text)
    {
        var lexer = new NegotiationDsl.Syntax.Parsing.Generated.NegotiationLexer(new SourceCharStream(text));
        lexer.RemoveErrorListeners();
        var stream = new PresizedTokenStream(lexer, text.Length);
        stream.Fill();
        return stream;
    }
}
