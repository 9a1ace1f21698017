using System.Collections.Generic;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using NegotiationDsl.Syntax.Parsing.Generated;
using static NegotiationDsl.Syntax.Parsing.Generated.NegotiationParser;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// One parse of a token list: first in SLL mode, which bails out at the first error, and only if that
/// fails again in full LL mode with error recovery (the two-stage strategy recommended for ANTLR 4).
/// </summary>
internal sealed class ParseRun
{
    private readonly CommonTokenStream _stream;
    private readonly NegotiationParser _parser;

    public ParseRun(CommonTokenStream stream)
    {
        _stream = stream;
        _parser = new NegotiationParser(stream) { BuildParseTree = true };
        _parser.RemoveErrorListeners();
    }

    public IList<IToken> Tokens => _stream.GetTokens();
    public CompilationUnitContext Tree { get; private set; } = null!;
    public IReadOnlyList<ParseError> Errors { get; private set; } = new List<ParseError>();

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

        _stream.Seek(0);
        _parser.Reset();
        _parser.Interpreter.PredictionMode = PredictionMode.LL;
        var strategy = new ErrorRecordingStrategy();
        _parser.ErrorHandler = strategy;
        Tree = _parser.compilationUnit();
        Errors = strategy.Errors;
    }
}
