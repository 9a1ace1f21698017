using NegotiationDsl.Text;

namespace NegotiationDsl.Diagnostics;

/// <summary>A span in one source text.</summary>
public sealed class Location
{
    public Location(SourceText text, TextSpan span)
    {
        Text = text;
        Span = span;
    }

    public SourceText Text { get; }
    public TextSpan Span { get; }
    public string FilePath => Text.FilePath;
    public LinePositionSpan LineSpan => Text.GetLinePositionSpan(Span);

    public override string ToString() => $"{FilePath}({LineSpan.Start.ToString()})";
}
