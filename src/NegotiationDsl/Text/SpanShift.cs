namespace NegotiationDsl.Text;

/// <summary>
/// What an edit does to the positions of the text around it. A position at or before the start of the replaced text
/// stays, one at or after its end moves by the change in length, one inside it goes to the edge of the new text. Text
/// inserted exactly where a span ends is counted outside the span, text inserted where it starts inside it: a letter
/// typed at the start of a string's content belongs to the content, a space typed after a statement's <c>;</c> does not
/// belong to the statement.
/// </summary>
internal readonly record struct SpanShift(int Start, int End, int Delta)
{
    public static SpanShift Of(TextChange change) => new(change.Span.Start, change.Span.End, change.NewLength - change.Span.Length);

    /// <summary>A position that starts something: inside the replaced text it goes to the start of the new text.</summary>
    public int Move(int position) => position <= Start ? position : position >= End ? position + Delta : Start;

    public TextSpan Move(TextSpan span) => TextSpan.FromBounds(Move(span.Start), MoveEnd(span.End));

    /// <summary>
    /// A string's content, which its quotes bound: text inserted at either end of it lies between the quotes, so inside
    /// the content (a letter typed before the closing quote belongs to the string).
    /// </summary>
    public TextSpan MoveContent(TextSpan content) =>
        Start == End && Start == content.End ? new TextSpan(content.Start, content.Length + Delta) : Move(content);

    /// <summary>
    /// True when the edit cuts across <paramref name="span"/>: it neither lies wholly inside the span nor wholly outside
    /// it, or it inserts text exactly where the span starts, where only parsing can say which side the text is on. A
    /// span the edit cuts is the edited member's to bind again; moving it would give a span no node has.
    /// </summary>
    public bool Cuts(TextSpan span)
    {
        var outside = span.End <= Start || span.Start > End || (span.Start == End && Start < End);
        var inside = span.Start < Start && End < span.End;
        return !outside && !inside;
    }

    /// <summary>True when <paramref name="position"/> lies in the replaced text, so has no place after the edit.</summary>
    public bool Replaces(int position) => Start <= position && position < End;

    /// <summary>A position that ends something: inside the replaced text it goes to the end of the new text.</summary>
    private int MoveEnd(int position) => position <= Start ? position : position >= End ? position + Delta : End + Delta;
}
