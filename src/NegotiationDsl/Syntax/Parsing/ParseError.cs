using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace NegotiationDsl.Syntax.Parsing;

internal enum ParseErrorKind
{
    /// <summary>A token was inserted by recovery (ANTLR's single-token insertion).</summary>
    Missing,
    /// <summary>An extraneous token was skipped (single-token deletion).</summary>
    Unwanted,
    /// <summary>The input did not match any way forward.</summary>
    Mismatch,
}

/// <summary>A syntax error as ANTLR's recovery saw it, before it becomes a diagnostic.</summary>
internal sealed class ParseError
{
    public ParseError(ParseErrorKind kind, IToken offendingToken, IntervalSet expected)
    {
        Kind = kind;
        OffendingToken = offendingToken;
        Expected = expected;
    }

    public ParseErrorKind Kind { get; }
    public IToken OffendingToken { get; }
    public IntervalSet Expected { get; }
}
