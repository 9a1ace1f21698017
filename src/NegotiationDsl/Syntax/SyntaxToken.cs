using System.Collections.Immutable;
using System.IO;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// A token with its trivia. Leading trivia is everything since the previous token's trailing trivia;
/// trailing trivia runs to the end of the line (line break included), as in Roslyn.
/// A missing token (inserted by error recovery) has empty text and <see cref="IsMissing"/> set.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    // Trivia is stored with positions relative to the token (leading from the token's full start,
    // trailing from its end), so tokens with the same trivia share one array: most tokens are followed
    // by a space or a line break, and an array for each was a large share of a compilation's memory.
    // Both arrays sit in one shared pair object, and the kind is kept in 16 bits: that brings a token
    // from 64 to 48 bytes, and a tree has one token per 13 characters of text.
    private readonly TokenTrivia _trivia;
    private readonly ushort _kind;
    private readonly bool _quoted;

    // The token's text; for a string literal without escapes, only what is between the quotes, which is
    // also the literal's value: the string is then kept once, not as text and again as value.
    private readonly string _text;

    public SyntaxToken(
        SyntaxKind kind,
        int position,
        string text,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing = false)
        : this(kind, position, text, isMissing, TokenTrivia.Create(
            Relative(leadingTrivia, leadingTrivia.IsDefaultOrEmpty ? position : leadingTrivia[0].Position),
            Relative(trailingTrivia, position + text.Length)))
    {
    }

    internal SyntaxToken(SyntaxKind kind, int position, string text, bool isMissing, TokenTrivia trivia)
    {
        _kind = (ushort)kind;
        Position = position;
        _text = text;
        IsMissing = isMissing;
        _trivia = trivia;
    }

    /// <summary>A terminated string literal without escapes, from the text between its quotes.</summary>
    internal static SyntaxToken QuotedString(int position, string content, TokenTrivia trivia) =>
        new(SyntaxKind.StringLiteralToken, position, content, isMissing: false, trivia, quoted: true);

    private SyntaxToken(SyntaxKind kind, int position, string text, bool isMissing, TokenTrivia trivia, bool quoted)
        : this(kind, position, text, isMissing, trivia)
    {
        _quoted = quoted;
    }

    public override SyntaxKind Kind => (SyntaxKind)_kind;

    /// <summary>The same token <paramref name="offset"/> characters further on, for a tree an edit before it made (its trivia and text shared).</summary>
    internal SyntaxToken MovedBy(int offset) => new(Kind, Position + offset, _text, IsMissing, _trivia, _quoted);

    /// <summary>Start of the token's own text (after its leading trivia).</summary>
    public int Position { get; }
    /// <summary>The token's text (made on each call for a plain string literal, which keeps only its content).</summary>
    public string Text => _quoted ? "\"" + _text + "\"" : _text;
    public bool IsMissing { get; }

    /// <summary>The trivia before the token, with positions in the text (made on each call).</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => Absolute(_trivia.Leading, Position - Width(_trivia.Leading));

    /// <summary>The trivia after the token, with positions in the text (made on each call).</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => Absolute(_trivia.Trailing, Position + TextLength);

    public override TextSpan Span => new(Position, TextLength);

    public override TextSpan FullSpan => TextSpan.FromBounds(Position - Width(_trivia.Leading), Position + TextLength + Width(_trivia.Trailing));

    /// <summary>The value of a plain string literal (its text without the quotes); null for any other token.</summary>
    internal string? QuotedContent => _quoted ? _text : null;

    private int TextLength => _quoted ? _text.Length + 2 : _text.Length;

    public override void WriteTo(TextWriter writer)
    {
        foreach (var trivia in _trivia.Leading) writer.Write(trivia.Text);
        if (_quoted) writer.Write('"');
        writer.Write(_text);
        if (_quoted) writer.Write('"');
        foreach (var trivia in _trivia.Trailing) writer.Write(trivia.Text);
    }

    public override string ToString() => Text;

    private static int Width(SyntaxTrivia[] relative) =>
        relative.Length == 0 ? 0 : relative[relative.Length - 1].Position + relative[relative.Length - 1].Text.Length;

    private static ImmutableArray<SyntaxTrivia> Absolute(SyntaxTrivia[] relative, int start) =>
        relative.Length == 0 ? ImmutableArray<SyntaxTrivia>.Empty : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Move(relative, start));

    private static SyntaxTrivia[] Relative(ImmutableArray<SyntaxTrivia> absolute, int start)
    {
        if (absolute.IsDefaultOrEmpty) return TokenTrivia.Empty;
        var copy = new SyntaxTrivia[absolute.Length];
        absolute.CopyTo(copy);
        return Move(copy, -start);
    }

    private static SyntaxTrivia[] Move(SyntaxTrivia[] trivia, int offset)
    {
        var moved = new SyntaxTrivia[trivia.Length];
        for (var i = 0; i < moved.Length; i++) moved[i] = new SyntaxTrivia(trivia[i].Kind, trivia[i].Position + offset, trivia[i].Text);
        return moved;
    }
}
