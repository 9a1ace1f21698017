using System.Collections.Immutable;

namespace NegotiationDsl.Syntax;

/// <summary>
/// A token's leading and trailing trivia, positions relative to the token. Immutable, so the parser
/// shares one instance among all tokens of a file with the same trivia on both sides.
/// </summary>
internal sealed class TokenTrivia
{
    public static readonly TokenTrivia None = new(ImmutableArray<SyntaxTrivia>.Empty, ImmutableArray<SyntaxTrivia>.Empty);

    public TokenTrivia(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        Leading = leading.IsDefault ? ImmutableArray<SyntaxTrivia>.Empty : leading;
        Trailing = trailing.IsDefault ? ImmutableArray<SyntaxTrivia>.Empty : trailing;
    }

    public ImmutableArray<SyntaxTrivia> Leading { get; }
    public ImmutableArray<SyntaxTrivia> Trailing { get; }

    public static TokenTrivia Create(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing) =>
        leading.IsDefaultOrEmpty && trailing.IsDefaultOrEmpty ? None : new TokenTrivia(leading, trailing);
}
