using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;
using static NegotiationDsl.Syntax.Parsing.Generated.NegotiationParser;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// ANTLR's default recovery (single-token insertion and deletion, then resynchronisation), with the
/// errors recorded as data instead of printed. Like the default, it reports nothing more until a token
/// has matched again, so one mistake gives one error.
/// </summary>
internal sealed class ErrorRecordingStrategy : DefaultErrorStrategy
{
    public List<ParseError> Errors { get; } = new();

    /// <summary>
    /// ANTLR's default loop sync reports "unexpected X" as soon as a loop of optional clauses meets a
    /// token it cannot start; for a forgotten ';' the right report is "missing ';'" after the previous
    /// token, which single-token insertion at the ';' match gives. So inside statements recovery happens
    /// at matches only. Loops over members (the file, a block) resynchronise in panic mode instead:
    /// junk is skipped, with one error, up to the next token that can start a member or end the block.
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        var context = recognizer.Context;
        if (context is not (CompilationUnitContext or MeetingBlockContext or TalksBlockContext)) return;

        var stream = recognizer.InputStream;
        var insideBlock = context is not CompilationUnitContext;
        if (IsMemberBoundary(stream.LA(1), insideBlock)) return;

        if (!InErrorRecoveryMode(recognizer))
        {
            BeginErrorCondition(recognizer);
            Errors.Add(new ParseError(ParseErrorKind.Unwanted, recognizer.CurrentToken, GetExpectedTokens(recognizer)));
        }

        while (!IsMemberBoundary(stream.LA(1), insideBlock)) recognizer.Consume();
    }

    private static bool IsMemberBoundary(int tokenType, bool insideBlock) => tokenType switch
    {
        TokenConstants.EOF => true,
        NegotiationLexer.RECORD or NegotiationLexer.PARTY or NegotiationLexer.PERSON or NegotiationLexer.MEETING
            or NegotiationLexer.TALKS or NegotiationLexer.OUTCOME or NegotiationLexer.POLICY or NegotiationLexer.USE or NegotiationLexer.IDENTIFIER => true,
        NegotiationLexer.GREATER_THAN => insideBlock,
        _ => false,
    };

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Errors.Add(new ParseError(ParseErrorKind.Mismatch, e.OffendingToken, e.GetExpectedTokens()));

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Errors.Add(new ParseError(ParseErrorKind.Mismatch, e.OffendingToken, e.GetExpectedTokens()));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Errors.Add(new ParseError(ParseErrorKind.Mismatch, e.OffendingToken, e.GetExpectedTokens()));

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Errors.Add(new ParseError(ParseErrorKind.Unwanted, recognizer.CurrentToken, GetExpectedTokens(recognizer)));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Errors.Add(new ParseError(ParseErrorKind.Missing, recognizer.CurrentToken, GetExpectedTokens(recognizer)));
    }
}
