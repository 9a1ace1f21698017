using System.Diagnostics.CodeAnalysis;
using NegotiationDsl.Text;

namespace NegotiationDsl.Diagnostics;

/// <summary>
/// Where a diagnostic or a symbol is: a span in one source text, or (for errors of the tool, as Roslyn's
/// <c>Location.None</c> and external file locations) a whole file, or nothing.
/// </summary>
public sealed class Location
{
    public Location(SourceText text, TextSpan span)
    {
        Kind = LocationKind.Source;
        Text = text;
        Span = span;
        FilePath = text.FilePath;
    }

    private Location(LocationKind kind, string filePath)
    {
        Kind = kind;
        FilePath = filePath;
    }

    /// <summary>No file: the problem is about the run itself.</summary>
    public static Location None { get; } = new(LocationKind.None, "");

    /// <summary>A file or folder as the user named it, without a position: it may not exist, or not be a record.</summary>
    public static Location InFile(string filePath) => new(LocationKind.File, filePath);

    /// <summary>
    /// This place after an edit of <paramref name="before"/> made <paramref name="after"/>: moved into it when it is in
    /// the edited text, itself when it is in another text or none.
    /// </summary>
    internal Location MovedBy(SpanShift shift, SourceText before, SourceText after) => Text == before ? new Location(after, shift.Move(Span)) : this;

    public LocationKind Kind { get; }

    [MemberNotNullWhen(true, nameof(Text))]
    public bool IsInSource => Kind == LocationKind.Source;

    /// <summary>The source text; null unless <see cref="IsInSource"/>.</summary>
    public SourceText? Text { get; }

    /// <summary>The span in <see cref="Text"/>; empty unless <see cref="IsInSource"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The file's path; empty for <see cref="None"/>.</summary>
    public string FilePath { get; }

    /// <summary>Lines and columns of <see cref="Span"/>; the default (the first character) unless <see cref="IsInSource"/>.</summary>
    public LinePositionSpan LineSpan => Text?.GetLinePositionSpan(Span) ?? default;

    /// <summary>The origin of a canonical line: <c>path(line,col)</c>, <c>path</c>, or empty for <see cref="None"/>.</summary>
    public override string ToString() => Kind switch
    {
        LocationKind.Source => $"{FilePath}({LineSpan.Start.ToString()})",
        LocationKind.File => FilePath,
        _ => "",
    };
}
