using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using CitedSource = NegotiationDsl.Model.CitedSource;
using NegotiationDsl.Text;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>
/// One record file and what its header says the facts were taken from: what binding the file's headers
/// gives, and what every output cites. Each part is the first value the file writes for it, reading its
/// headers in order (docs/language.md, section 5). Not a <see cref="Symbol"/>: no name refers to a record.
/// </summary>
public sealed class RecordSymbol
{
    private readonly SourceText _text;
    private readonly TextSpan? _headerSpan;

    internal RecordSymbol(SourceText text, TextSpan? headerSpan, string? title, ImmutableArray<CitedSource> sources, string? url, string? language, DateInterval? published)
    {
        _text = text;
        _headerSpan = headerSpan;
        Title = title;
        Sources = sources;
        Source = sources.IsEmpty ? null : sources[0].Name;
        Url = url;
        Language = language;
        Published = published;
    }

    public string FilePath => _text.FilePath;

    /// <summary>The file's first <c>record</c> header; null when it has none.</summary>
    public Location? HeaderLocation => _headerSpan is { } span ? new Location(_text, span) : null;

    /// <summary>The headline or title of the source.</summary>
    public string? Title { get; }

    /// <summary><c>source "…"</c>: the publication or outlet.</summary>
    public string? Source { get; }

    /// <summary>Every source the headers name, in order, with its grade.</summary>
    public ImmutableArray<CitedSource> Sources { get; }
    public string? Url { get; }

    /// <summary>The language of the source text, as a language tag.</summary>
    public string? Language { get; }

    /// <summary>The publication date, also the anchor for the file's relative dates outside dated meetings and talks.</summary>
    public DateInterval? Published { get; }

    public override string ToString() => Title ?? FilePath;

    /// <summary>The same record over the text an edit made, its header moved.</summary>
    internal RecordSymbol CopyInto(SourceText text, SpanShift shift) =>
        new(text, _headerSpan is { } span ? shift.Move(span) : null, Title, Sources, Url, Language, Published);
}
