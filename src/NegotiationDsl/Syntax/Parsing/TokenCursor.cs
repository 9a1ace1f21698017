using System.Collections.Generic;
using System.Collections.Immutable;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Walks the lexer's complete token list (hidden channel included) in step with the tree builder.
/// Whatever lies between two tokens the builder asks for becomes trivia, so every character of the
/// input lands in exactly one token: hidden tokens as whitespace or comments, and default-channel
/// tokens the parser skipped during recovery as <see cref="SyntaxKind.SkippedTokensTrivia"/>.
/// </summary>
internal sealed class TokenCursor
{
    private readonly IList<IToken> _tokens;
    private readonly ISet<int> _repairedTokenIndexes;
    private int _next;

    public TokenCursor(IList<IToken> tokens, ISet<int> repairedTokenIndexes)
    {
        _tokens = tokens;
        _repairedTokenIndexes = repairedTokenIndexes;
    }

    /// <summary>The text position where the next token's leading trivia starts.</summary>
    public int Position => _next < _tokens.Count ? _tokens[_next].StartIndex : EndPosition;

    private int EndPosition => _tokens.Count == 0 ? 0 : _tokens[_tokens.Count - 1].StartIndex;

    /// <summary>True when the token was not yet taken; false for tokens behind the cursor.</summary>
    public bool CanTake(IToken token) => token.TokenIndex >= _next;

    /// <summary>Takes a real token with its leading trivia (everything since the cursor) and trailing trivia.</summary>
    public SyntaxToken Take(IToken token)
    {
        var leading = CollectTrivia(token.TokenIndex);
        _next = token.TokenIndex + 1;
        var trailing = CollectTrailingTrivia();
        var kind = TokenKinds.FromTokenType(token.Type);
        var text = token.Type == TokenConstants.EOF ? "" : token.Text ?? "";

        if (_repairedTokenIndexes.Contains(token.TokenIndex))
        {
            // A misspelt keyword: the parser went on as if the keyword were there. Keep the typed word
            // as skipped text and put a missing keyword after it, as Roslyn does.
            leading = leading.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, token.StartIndex, text));
            return new SyntaxToken(kind, token.StartIndex + text.Length, "", leading, trailing, isMissing: true);
        }

        return new SyntaxToken(kind, token.StartIndex, text, leading, trailing);
    }

    /// <summary>A zero-width token that recovery inserted (or that a partial rule never reached).</summary>
    public static SyntaxToken Missing(SyntaxKind kind, int position) =>
        new(kind, position, "", ImmutableArray<SyntaxTrivia>.Empty, ImmutableArray<SyntaxTrivia>.Empty, isMissing: true);

    private ImmutableArray<SyntaxTrivia> CollectTrivia(int endExclusive)
    {
        if (_next >= endExclusive) return ImmutableArray<SyntaxTrivia>.Empty;
        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>(endExclusive - _next);
        for (var i = _next; i < endExclusive; i++) builder.Add(ToTrivia(_tokens[i]));
        return builder.MoveToImmutable();
    }

    private ImmutableArray<SyntaxTrivia> CollectTrailingTrivia()
    {
        var start = _next;
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next];
            if (token.Channel != TokenConstants.HiddenChannel) break;
            _next++;
            if (token.Type == NegotiationLexer.END_OF_LINE) break;
        }

        if (start == _next) return ImmutableArray<SyntaxTrivia>.Empty;
        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>(_next - start);
        for (var i = start; i < _next; i++) builder.Add(ToTrivia(_tokens[i]));
        return builder.MoveToImmutable();
    }

    private static SyntaxTrivia ToTrivia(IToken token)
    {
        var kind = token.Channel == TokenConstants.HiddenChannel
            ? TokenKinds.FromTokenType(token.Type)
            : SyntaxKind.SkippedTokensTrivia;
        return new SyntaxTrivia(kind, token.StartIndex, token.Text ?? "");
    }
}
