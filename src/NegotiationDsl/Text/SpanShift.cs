namespace NegotiationDsl.Text;

/// <summary>
/// What an edit does to the positions of the text around it: those at or after the end of the replaced text move by the
/// change in length, those before it stay. A span that ends after the edit grows or shrinks with it.
/// </summary>
internal readonly record struct SpanShift(int Start, int End, int Delta)
{
    public static SpanShift Of(TextChange change) => new(change.Span.Start, change.Span.End, change.NewLength - change.Span.Length);

    public int Move(int position) => position >= End ? position + Delta : position;

    public TextSpan Move(TextSpan span) => TextSpan.FromBounds(Move(span.Start), span.End >= End ? span.End + Delta : span.End);
}
