using System.Collections.Generic;
using System.Text;
using NegotiationDsl.Text;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Source text with expected diagnostic spans marked by <c>[</c> and <c>]</c> (as in minsk's tests).</summary>
internal sealed class AnnotatedText
{
    private AnnotatedText(string text, IReadOnlyList<TextSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }
    public IReadOnlyList<TextSpan> Spans { get; }

    public static AnnotatedText Parse(string annotated)
    {
        var builder = new StringBuilder();
        var spans = new List<TextSpan>();
        var starts = new Stack<int>();
        foreach (var c in annotated)
        {
            if (c == '[') starts.Push(builder.Length);
            else if (c == ']') spans.Add(TextSpan.FromBounds(starts.Pop(), builder.Length));
            else builder.Append(c);
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new AnnotatedText(builder.ToString(), spans);
    }
}
