using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Walks the lexer's complete token list (hidden channel included) in step with the tree builder.
/// Whatever lies between two tokens the builder asks for becomes trivia, so every character of the
/// input lands in exactly one token: hidden tokens as comments, default-channel tokens the parser
/// skipped during recovery as <see cref="SyntaxKind.SkippedTokensTrivia"/>, and the text between
/// tokens, which the lexer skips and which can only be spaces and line breaks, as whitespace and
/// end-of-line trivia.
/// </summary>
internal sealed class TokenCursor
{
    // Longer texts (most string literals, comments) are rarely repeated; sharing them is not worth a lookup.
    private const int MaxSharedTextLength = 32;

    private readonly List<IToken> _tokens;
    private readonly ISet<int> _repairedTokenIndexes;
    private readonly bool _anyRepaired;
    private readonly string _source;
    private readonly StringTable _strings;
    private readonly TriviaBuffer _trivia = new();
    private readonly TriviaShapes _shapes = new();
    private int _next;
    private int _position;

    public TokenCursor(IList<IToken> tokens, ISet<int> repairedTokenIndexes, StringTable strings)
        : this(tokens, repairedTokenIndexes, start: 0, strings)
    {
    }

    /// <param name="tokens">The lexer's tokens, hidden channel included.</param>
    /// <param name="repairedTokenIndexes">Tokens that keyword repair retyped.</param>
    /// <param name="start">Where the tokens' text starts: the first token's leading trivia starts here.</param>
    /// <param name="strings">Where token and trivia texts come from: the table of the lexing that made the tokens, which reads the whole text they are spans of.</param>
    public TokenCursor(IList<IToken> tokens, ISet<int> repairedTokenIndexes, int start, StringTable strings)
    {
        _position = start;
        // ANTLR's token streams keep a List: indexing it directly is not an interface call per token.
        _tokens = tokens as List<IToken> ?? new List<IToken>(tokens);
        _repairedTokenIndexes = repairedTokenIndexes;
        _anyRepaired = repairedTokenIndexes.Count > 0;
        _source = strings.Source;
        _strings = strings;
    }

    /// <summary>The text position where the next token's leading trivia starts.</summary>
    public int Position => _position;

    /// <summary>True when the token was not yet taken; false for tokens behind the cursor.</summary>
    public bool CanTake(IToken token) => token.TokenIndex >= _next;

    /// <summary>Takes a real token with its leading trivia (everything since the cursor) and trailing trivia.</summary>
    public SyntaxToken Take(IToken token)
    {
        // Each property of the token is an interface call: read them once.
        var type = token.Type;
        var index = token.TokenIndex;
        var start = token.StartIndex;
        var stop = token.StopIndex;
        var kind = TokenKinds.FromTokenType(type);
        var plainString = PlainStringContent(type, start, stop);
        var text = plainString is null ? TextOf(type, start, stop) : "";
        // Only a text with syntax errors can have repairs; most texts skip the set lookup per token.
        var repaired = _anyRepaired && _repairedTokenIndexes.Contains(index);
        CollectTrivia(index, start);

        // A misspelt keyword: the parser went on as if the keyword were there. Keep the typed word
        // as skipped text and put a missing keyword after it, as Roslyn does.
        if (repaired) _trivia.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, start, text));
        var position = repaired ? start + text.Length : start;
        var leading = _shapes.Get(_trivia, _trivia.Count == 0 ? position : _trivia[0].Position);

        _next = index + 1;
        _position = Math.Max(_position, stop + 1);
        CollectTrailingTrivia();
        var tokenText = repaired ? "" : text;
        var tokenLength = plainString is null ? tokenText.Length : plainString.Length + 2;
        var trivia = _shapes.Pair(leading, _shapes.Get(_trivia, position + tokenLength));
        return plainString is null
            ? new SyntaxToken(kind, position, tokenText, repaired, trivia)
            : SyntaxToken.QuotedString(position, plainString, trivia);
    }

    /// <summary>The text between the quotes of a terminated string literal without escapes, else null.</summary>
    private string? PlainStringContent(int type, int start, int stop)
    {
        if (type != NegotiationLexer.STRING) return null;
        var contentStart = start + 1;
        var contentLength = stop - start - 1;
        if (contentLength < 0 || _source.IndexOf('\\', contentStart, contentLength) >= 0) return null;
        // Short contents repeat (a topic, a place, an office named in statement after statement): one string per spelling.
        return Slice(contentStart, contentLength);
    }

    /// <summary>A zero-width token that recovery inserted (or that a partial rule never reached).</summary>
    public static SyntaxToken Missing(SyntaxKind kind, int position) =>
        new(kind, position, "", isMissing: true, TokenTrivia.None);

    /// <summary>The token's text from the source (not from ANTLR, which makes a new string on every call).</summary>
    private string TextOf(int type, int start, int stop)
    {
        if (type == TokenConstants.EOF) return "";
        var length = stop - start + 1;
        if (length <= 0) return "";
        return Slice(start, length, share: type is not (NegotiationLexer.STRING or NegotiationLexer.UNTERMINATED_STRING));
    }

    private string Slice(int start, int length, bool share = true) =>
        share && length <= MaxSharedTextLength ? _strings.Get(start, length) : _source.Substring(start, length);

    /// <summary>Collects, into the trivia list, everything from the cursor to the token (hidden tokens and layout).</summary>
    private void CollectTrivia(int endExclusive, int tokenStart)
    {
        _trivia.Clear();
        for (; _next < endExclusive; _next++)
        {
            var token = _tokens[_next];
            AddLayout(token.StartIndex);
            _trivia.Add(ToTrivia(token));
            _position = token.StopIndex + 1;
        }

        AddLayout(tokenStart);
    }

    /// <summary>Everything up to and including the line break that ends the token's line, unless a real token comes first.</summary>
    private void CollectTrailingTrivia()
    {
        _trivia.Clear();
        while (true)
        {
            var next = _next < _tokens.Count ? _tokens[_next] : null;
            var gapEnd = next?.StartIndex ?? _source.Length;
            if (AddLayout(gapEnd, stopAfterLineBreak: true)) break;
            if (next is null || next.Channel != TokenConstants.HiddenChannel) break;
            _trivia.Add(ToTrivia(next));
            _position = next.StopIndex + 1;
            _next++;
        }
    }

    /// <summary>
    /// Splits the skipped text from the cursor to <paramref name="end"/> into whitespace runs and line
    /// breaks, exactly as the lexer's WHITESPACE and END_OF_LINE rules would have; true if it stopped
    /// after a line break.
    /// </summary>
    private bool AddLayout(int end, bool stopAfterLineBreak = false)
    {
        while (_position < end)
        {
            var start = _position;
            var c = _source[start];
            if (IsLineBreak(c))
            {
                _position += c == '\r' && start + 1 < end && _source[start + 1] == '\n' ? 2 : 1;
                _trivia.Add(new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, start, Slice(start, _position - start)));
                if (stopAfterLineBreak) return true;
                continue;
            }

            while (_position < end && !IsLineBreak(_source[_position])) _position++;
            _trivia.Add(new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, start, Slice(start, _position - start)));
        }

        return false;
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u2028' or '\u2029';

    private SyntaxTrivia ToTrivia(IToken token)
    {
        var type = token.Type;
        var start = token.StartIndex;
        var kind = token.Channel == TokenConstants.HiddenChannel
            ? TokenKinds.FromTokenType(type)
            : SyntaxKind.SkippedTokensTrivia;
        return new SyntaxTrivia(kind, start, TextOf(type, start, token.StopIndex));
    }
}
