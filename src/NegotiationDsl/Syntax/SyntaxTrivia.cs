using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// Text between tokens that carries no grammar: whitespace, line breaks, comments, skipped text.
/// A struct: there is a trivia for almost every token, and an object each cost more than the text.
/// </summary>
public readonly struct SyntaxTrivia
{
    public SyntaxTrivia(SyntaxKind kind, int position, string text)
    {
        Kind = kind;
        Position = position;
        Text = text;
    }

    public SyntaxKind Kind { get; }
    public int Position { get; }
    public string Text { get; }
    public TextSpan Span => new(Position, Text.Length);

    public bool IsComment => Kind is SyntaxKind.LineCommentTrivia or SyntaxKind.BlockCommentTrivia or SyntaxKind.UnterminatedBlockCommentTrivia;

    public override string ToString() => Text;
}
