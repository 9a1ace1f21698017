using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The generated parser, which can hand each rule and token to a <see cref="SyntaxTreeBuilder"/> as it
/// parses instead of building ANTLR's parse tree first. ANTLR's tree (a context, a child list and a
/// terminal node per token) was a fifth of everything a check allocated, only to be walked once and
/// dropped. Used for the first, SLL, parse, which stops at the first error: error recovery edits its
/// tree after the fact (conjured tokens, replaced contexts), so that parse still builds ANTLR's tree and
/// the builder walks it.
/// </summary>
internal sealed class LiveTreeParser : NegotiationParser
{
    private SyntaxTreeBuilder? _builder;
    private BailOnFirstError? _bail;

    public LiveTreeParser(ITokenStream input)
        : base(input)
    {
    }

    /// <summary>
    /// Parses the next compilation unit in SLL mode without a parse tree, feeding <paramref name="builder"/>;
    /// false at the first syntax error (the builder's work is then to be thrown away).
    /// </summary>
    public bool TryParseInto(SyntaxTreeBuilder builder) => TryParseInto(builder, () => compilationUnit());

    /// <summary>
    /// Parses exactly one member (a declaration or a statement) that makes up all of the tokens, in SLL mode without a
    /// parse tree, feeding <paramref name="builder"/>; false at a syntax error or when tokens are left after the member.
    /// </summary>
    public bool TryParseMemberInto(SyntaxTreeBuilder builder) => TryParseInto(builder, () => member()) && TokenStream.LA(1) == TokenConstants.EOF;

    private bool TryParseInto(SyntaxTreeBuilder builder, System.Action rule)
    {
        var bail = new BailOnFirstError();
        ErrorHandler = bail;
        BuildParseTree = false;
        _builder = builder;
        _bail = bail;
        try
        {
            rule();
            return !bail.Failed;
        }
        catch (ParseCanceledException)
        {
            return false;
        }
        finally
        {
            _builder = null;
            _bail = null;
            BuildParseTree = true;
        }
    }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        if (_builder is not null && !_bail!.Failed) _builder.EnterRule();
    }

    public override void ExitRule()
    {
        // Before the base call, which moves the context back to the parent. Rules also exit while the bail
        // exception unwinds them: their parts are incomplete then, and building them could only go wrong.
        if (_builder is not null && !_bail!.Failed) _builder.ExitRule(Context);
        base.ExitRule();
    }

    public override IToken Consume()
    {
        var token = base.Consume();
        if (_builder is not null && !_bail!.Failed) _builder.Token(token);
        return token;
    }

    /// <summary>ANTLR's bail-out strategy, which also says whether it has bailed out.</summary>
    private sealed class BailOnFirstError : BailErrorStrategy
    {
        public bool Failed { get; private set; }

        public override void Recover(Parser recognizer, RecognitionException e)
        {
            Failed = true;
            base.Recover(recognizer, e);
        }

        public override IToken RecoverInline(Parser recognizer)
        {
            Failed = true;
            return base.RecoverInline(recognizer);
        }
    }
}
