using System.Collections.Generic;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Formatting;

/// <summary>A comment between two tokens and how many line breaks came before it in the input.</summary>
internal readonly record struct GapComment(SyntaxTrivia Trivia, int BreaksBefore)
{
    public bool IsLineComment => Trivia.Kind == SyntaxKind.LineCommentTrivia;
}

/// <summary>
/// What lies between two tokens in the input, as far as the formatter cares: the comments in order, each
/// with the line breaks before it, and the line breaks after the last comment. Whitespace is dropped.
/// </summary>
internal sealed class TriviaGap
{
    private TriviaGap(List<GapComment> comments, int breaksAfter)
    {
        Comments = comments;
        BreaksAfter = breaksAfter;
    }

    public IReadOnlyList<GapComment> Comments { get; }

    /// <summary>Line breaks after the last comment (or in the whole gap when it has no comment).</summary>
    public int BreaksAfter { get; }

    public bool HasComments => Comments.Count > 0;
    public bool EndsWithLineComment => Comments.Count > 0 && Comments[Comments.Count - 1].IsLineComment;

    public static TriviaGap Between(SyntaxToken? previous, SyntaxToken next)
    {
        var comments = new List<GapComment>();
        var breaks = 0;
        if (previous is not null) Collect(previous.TrailingTrivia, comments, ref breaks);
        Collect(next.LeadingTrivia, comments, ref breaks);
        return new TriviaGap(comments, breaks);
    }

    private static void Collect(IEnumerable<SyntaxTrivia> trivia, List<GapComment> comments, ref int breaks)
    {
        foreach (var piece in trivia)
        {
            if (piece.Kind == SyntaxKind.EndOfLineTrivia)
            {
                breaks++;
            }
            else if (piece.IsComment)
            {
                comments.Add(new GapComment(piece, breaks));
                breaks = 0;
            }
        }
    }
}
