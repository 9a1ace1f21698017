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
    public SyntaxToken(
        SyntaxKind kind,
        int position,
        string text,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing = false)
    {
        Kind = kind;
        Position = position;
        Text = text;
        LeadingTrivia = leadingTrivia.IsDefault ? ImmutableArray<SyntaxTrivia>.Empty : leadingTrivia;
        TrailingTrivia = trailingTrivia.IsDefault ? ImmutableArray<SyntaxTrivia>.Empty : trailingTrivia;
        IsMissing = isMissing;
    }

    public override SyntaxKind Kind { get; }

    /// <summary>Start of the token's own text (after its leading trivia).</summary>
    public int Position { get; }
    public string Text { get; }
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }
    public bool IsMissing { get; }

    public override TextSpan Span => new(Position, Text.Length);

    public override TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.Length == 0 ? Position : LeadingTrivia[0].Position;
            var end = TrailingTrivia.Length == 0 ? Position + Text.Length : TrailingTrivia[TrailingTrivia.Length - 1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    public override void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia) writer.Write(trivia.Text);
        writer.Write(Text);
        foreach (var trivia in TrailingTrivia) writer.Write(trivia.Text);
    }

    public override string ToString() => Text;
}
