using System.Collections.Generic;
using System.Collections.Immutable;
using Antlr4.Runtime;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax.Parsing.Generated;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>Lexes, parses (with recovery and keyword repair) and builds the syntax tree of one text.</summary>
internal static class SyntaxParser
{
    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText text) => Parse(text, buildWhileParsing: true);

    /// <param name="text">The text to parse.</param>
    /// <param name="buildWhileParsing">False only in tests, which prove that both ways build the same tree.</param>
    internal static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText text, bool buildWhileParsing)
    {
        using var lexing = ReusedLexing.Lex(text.Text);
        var run = new ParseRun(lexing.Stream);
        var tokens = run.Tokens;
        var endOfFile = tokens[tokens.Count - 1];

        // Most texts have no syntax error: the SLL parse then builds our tree as it goes, and that is all.
        var builder = new SyntaxTreeBuilder(new TokenCursor(tokens, new HashSet<int>(), lexing.Strings));
        CompilationUnitSyntax root;
        Dictionary<int, int>? repairs = null;
        if (buildWhileParsing && run.TryParseWithoutErrors(builder))
        {
            root = builder.Finish(endOfFile);
        }
        else
        {
            if (buildWhileParsing) run.ParseWithRecovery();
            else run.Parse();
            // The repair table (token index to the keyword's token type) is only made when there is something to repair.
            if (run.Errors.Count is > 0 and <= KeywordRepair.MaxErrors && text.Length <= KeywordRepair.MaxTextLength)
            {
                repairs = new Dictionary<int, int>();
                KeywordRepair.Run(run, repairs);
            }

            var cursor = new TokenCursor(tokens, repairs is null ? new HashSet<int>() : new HashSet<int>(repairs.Keys), lexing.Strings);
            root = new SyntaxTreeBuilder(cursor).Build(run.Tree, endOfFile);
        }

        var diagnostics = new List<Diagnostic>();
        LexicalDiagnostics.Collect(text, tokens, diagnostics);
        if (repairs is not null) AddRepairDiagnostics(text, tokens, repairs, diagnostics);

        foreach (var error in run.Errors)
        {
            var diagnostic = ToDiagnostic(text, tokens, error);
            if (diagnostic is not null) diagnostics.Add(diagnostic);
        }

        diagnostics.Sort((a, b) => a.Location.Span.Start != b.Location.Span.Start
            ? a.Location.Span.Start.CompareTo(b.Location.Span.Start)
            : string.CompareOrdinal(a.Code, b.Code));
        return (root, diagnostics.ToImmutableArray());
    }

    private static void AddRepairDiagnostics(SourceText text, IList<IToken> tokens, Dictionary<int, int> repairs, List<Diagnostic> diagnostics)
    {
        foreach (var repair in repairs)
        {
            var token = tokens[repair.Key];
            var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            diagnostics.Add(DiagnosticCatalog.MisspeltKeyword(new Location(text, span), token.Text, KeywordRepair.ClosestSpelling(token.Text, repair.Value)));
        }
    }

    /// <summary>The tokens of a text with their trivia, without parsing (every default-channel token, then end of file).</summary>
    public static ImmutableArray<SyntaxToken> Tokenize(SourceText text)
    {
        using var lexing = ReusedLexing.Lex(text.Text);
        var tokens = lexing.Stream.GetTokens();
        var cursor = new TokenCursor(tokens, new HashSet<int>(), lexing.Strings);
        var result = ImmutableArray.CreateBuilder<SyntaxToken>();
        foreach (var token in tokens)
        {
            if (token.Channel == TokenConstants.DefaultChannel && cursor.CanTake(token)) result.Add(cursor.Take(token));
        }

        return result.ToImmutable();
    }

    private static Diagnostic? ToDiagnostic(SourceText text, IList<IToken> tokens, ParseError error)
    {
        var offending = error.OffendingToken;
        var previous = PreviousSignificantToken(tokens, offending.TokenIndex);

        // The lexer already reported the unterminated string that swallowed the statement's end.
        if (previous?.Type == NegotiationLexer.UNTERMINATED_STRING) return null;

        var expected = ExpectedTokens.Describe(error.Expected);
        var endOfPrevious = previous is null ? 0 : previous.StopIndex + 1;
        if (error.Kind == ParseErrorKind.Missing)
            return DiagnosticCatalog.MissingToken(new Location(text, new TextSpan(endOfPrevious, 0)), expected);
        if (offending.Type == TokenConstants.EOF)
            return DiagnosticCatalog.UnexpectedEndOfFile(new Location(text, new TextSpan(endOfPrevious, 0)), expected);

        var span = TextSpan.FromBounds(offending.StartIndex, offending.StopIndex + 1);
        return DiagnosticCatalog.UnexpectedToken(new Location(text, span), ExpectedTokens.DescribeFound(offending), expected);
    }

    private static IToken? PreviousSignificantToken(IList<IToken> tokens, int index)
    {
        for (var i = System.Math.Min(index, tokens.Count) - 1; i >= 0; i--)
        {
            if (tokens[i].Channel == TokenConstants.DefaultChannel) return tokens[i];
        }

        return null;
    }
}
