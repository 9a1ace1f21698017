namespace NegotiationDsl.Syntax;

/// <summary>
/// A token's leading and trailing trivia, positions relative to the token. Immutable, so the parser
/// shares one instance among all tokens of a file with the same trivia on both sides.
/// </summary>
/// <remarks>
/// Plain arrays, not ImmutableArray: generic code over our own struct is code ReadyToRun cannot
/// precompile, so every cold check would JIT-compile it.
/// </remarks>
internal sealed class TokenTrivia
{
    // Not Array.Empty<SyntaxTrivia>(): that generic method over our struct would be JIT-compiled at start-up.
#pragma warning disable CA1825
    public static readonly SyntaxTrivia[] Empty = new SyntaxTrivia[0];
#pragma warning restore CA1825

    public static readonly TokenTrivia None = new(Empty, Empty);

    public TokenTrivia(SyntaxTrivia[] leading, SyntaxTrivia[] trailing)
    {
        Leading = leading;
        Trailing = trailing;
    }

    /// <summary>Never changed after construction, whoever shares the array.</summary>
    public SyntaxTrivia[] Leading { get; }

    /// <summary>Never changed after construction, whoever shares the array.</summary>
    public SyntaxTrivia[] Trailing { get; }

    public static TokenTrivia Create(SyntaxTrivia[] leading, SyntaxTrivia[] trailing) =>
        leading.Length == 0 && trailing.Length == 0 ? None : new TokenTrivia(leading, trailing);
}
