using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    // Longer texts (string literals, comments) are rarely repeated; sharing them is not worth a lookup.
    private const int MaxSharedTextLength = 32;

    private readonly IList<IToken> _tokens;
    private readonly ISet<int> _repairedTokenIndexes;
    private readonly string _source;
    private readonly StringTable _strings;
    private int _next;

    public TokenCursor(IList<IToken> tokens, ISet<int> repairedTokenIndexes, string source)
    {
        _tokens = tokens;
        _repairedTokenIndexes = repairedTokenIndexes;
        _source = source;
        _strings = new StringTable(source);
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
        var text = TextOf(token);

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

    /// <summary>The token's text from the source (not from ANTLR, which makes a new string on every call).</summary>
    private string TextOf(IToken token)
    {
        if (token.Type == TokenConstants.EOF) return "";
        var start = token.StartIndex;
        var length = token.StopIndex - start + 1;
        if (length <= 0) return "";
        return length <= MaxSharedTextLength && token.Type is not (NegotiationLexer.STRING or NegotiationLexer.UNTERMINATED_STRING)
            ? _strings.Get(start, length)
            : _source.Substring(start, length);
    }

    private ImmutableArray<SyntaxTrivia> CollectTrivia(int endExclusive)
    {
        if (_next >= endExclusive) return ImmutableArray<SyntaxTrivia>.Empty;
        var trivia = new SyntaxTrivia[endExclusive - _next];
        for (var i = _next; i < endExclusive; i++) trivia[i - _next] = ToTrivia(_tokens[i]);
        return ImmutableCollectionsMarshal.AsImmutableArray(trivia);
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
        var trivia = new SyntaxTrivia[_next - start];
        for (var i = start; i < _next; i++) trivia[i - start] = ToTrivia(_tokens[i]);
        return ImmutableCollectionsMarshal.AsImmutableArray(trivia);
    }

    private SyntaxTrivia ToTrivia(IToken token)
    {
        var kind = token.Channel == TokenConstants.HiddenChannel
            ? TokenKinds.FromTokenType(token.Type)
            : SyntaxKind.SkippedTokensTrivia;
        return new SyntaxTrivia(kind, token.StartIndex, TextOf(token));
    }
}
