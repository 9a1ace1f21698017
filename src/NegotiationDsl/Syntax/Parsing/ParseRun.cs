using System.Collections.Generic;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Atn;
using static NegotiationDsl.Syntax.Parsing.Generated.NegotiationParser;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// One parse of a token list: first in SLL mode, which bails out at the first error, and only if that
/// fails again in full LL mode with error recovery (the two-stage strategy recommended for ANTLR 4).
/// </summary>
internal sealed class ParseRun
{
    private readonly CommonTokenStream _stream;
    private readonly LiveTreeParser _parser;

    public ParseRun(CommonTokenStream stream)
    {
        _stream = stream;
        _parser = new LiveTreeParser(stream) { BuildParseTree = true };
        _parser.RemoveErrorListeners();
    }

    public IList<IToken> Tokens => _stream.GetTokens();

    /// <summary>The parse tree of the last <see cref="Parse"/> or <see cref="ParseWithRecovery"/>.</summary>
    public CompilationUnitContext Tree { get; private set; } = null!;
    public IReadOnlyList<ParseError> Errors { get; private set; } = new List<ParseError>();

    /// <summary>
    /// The SLL parse, building our tree as it goes (no parse tree): true if the text has no syntax error,
    /// and the builder then holds the whole tree. Most texts take only this path.
    /// </summary>
    public bool TryParseWithoutErrors(SyntaxTreeBuilder builder)
    {
        _stream.Seek(0);
        _parser.Reset();
        _parser.Interpreter.PredictionMode = PredictionMode.SLL;
        if (!_parser.TryParseInto(builder)) return false;
        Errors = new List<ParseError>();
        return true;
    }

    /// <summary>
    /// The SLL parse of one member that must take every token (reparsing the member an edit fell in), building our tree
    /// as it goes: true if it parsed without error, and the builder then holds the member at its top level.
    /// </summary>
    public bool TryParseMemberWithoutErrors(SyntaxTreeBuilder builder)
    {
        _stream.Seek(0);
        _parser.Reset();
        _parser.Interpreter.PredictionMode = PredictionMode.SLL;
        builder.EnterRule();
        return _parser.TryParseMemberInto(builder);
    }

    /// <summary>Both stages, each building a parse tree (keyword repair parses again and again with retyped tokens).</summary>
    public void Parse()
    {
        _stream.Seek(0);
        _parser.Reset();
        _parser.Interpreter.PredictionMode = PredictionMode.SLL;
        _parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            Tree = _parser.compilationUnit();
            Errors = new List<ParseError>();
            return;
        }
        catch (ParseCanceledException)
        {
            // A syntax error, or an SLL conflict: fall through to the full LL parse with recovery.
        }

        ParseWithRecovery();
    }

    /// <summary>The second stage alone: full LL with error recovery, which always gives a tree.</summary>
    public void ParseWithRecovery()
    {
        _stream.Seek(0);
        _parser.Reset();
        _parser.Interpreter.PredictionMode = PredictionMode.LL;
        var strategy = new ErrorRecordingStrategy();
        _parser.ErrorHandler = strategy;
        Tree = _parser.compilationUnit();
        Errors = strategy.Errors;
    }
}
