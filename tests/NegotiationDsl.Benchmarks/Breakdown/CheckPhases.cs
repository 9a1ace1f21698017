using System.Collections.Generic;
using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Syntax.Parsing.Generated;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Breakdown;

/// <summary>
/// The pieces of a check, each callable alone. The first three are the lexing and ANTLR work inside parsing (they build
/// nothing); the others are the single-threaded pipeline whose sum is a check on one thread.
/// </summary>
internal static class CheckPhases
{
    /// <summary>The lexer a check uses (the hand-written one, its thread's tokens reused) to end of file; returns the tokens (end of file included).</summary>
    public static int Lex(string text)
    {
        using var lexing = ReusedLexing.Lex(text);
        return lexing.Stream.Size;
    }

    /// <summary>The generated ANTLR lexer over our char stream, with our token factory, to end of file, for comparison.</summary>
    public static int LexWithAntlr(string text) => CountTokens(SlimTokenFactory.CreateAntlrLexer(text));

    private static int CountTokens(NegotiationLexer lexer)
    {
        var count = 1;
        while (lexer.NextToken().Type != TokenConstants.EOF) count++;
        return count;
    }

    /// <summary>Lexing and the generated parser's SLL parse as <c>check</c> runs it, with no parse tree and no listener.</summary>
    public static void LexAndParse(string text)
    {
        using var lexing = ReusedLexing.Lex(text);
        var parser = new NegotiationParser(lexing.Stream) { BuildParseTree = false, ErrorHandler = new BailErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.compilationUnit();
    }

    /// <summary>What <see cref="SyntaxTree.Parse"/> does: lexing, the parse, our tree built while parsing, syntax diagnostics.</summary>
    public static SyntaxTree ParseAndBuild(string text, string path) => SyntaxTree.Parse(SourceText.From(text, path));

    /// <summary>Declarations, actors, every file's statements and dates, on this thread; not the folder-wide checks.</summary>
    public static BoundFolder Bind(ImmutableArray<SyntaxTree> trees) =>
        Binder.BindWithoutChecks(trees, ArchiveLayout.Create(trees, root: null), new Dictionary<string, BindingResult>(), parallel: false);

    /// <summary>The checks that need the whole folder bound, and the folder's result frozen.</summary>
    public static BindingResult Check(BoundFolder folder) => Binder.Check(folder);
}
