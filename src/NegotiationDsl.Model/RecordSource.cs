namespace NegotiationDsl.Model;

/// <summary>What a record file was taken from: its header (title, publication, URL, language, date).</summary>
public sealed class RecordSource
{
    public RecordSource(string path, string? title, string? publication, string? url, string? language, DateInterval? published)
        : this(path, title, publication, url, language, published, System.Array.Empty<CitedSource>())
    {
    }

    public RecordSource(string path, string? title, string? publication, string? url, string? language, DateInterval? published,
        System.Collections.Generic.IReadOnlyList<CitedSource> sources)
    {
        Sources = sources;
        Path = path;
        Title = title;
        Publication = publication;
        Url = url;
        Language = language;
        Published = published;
    }

    public string Path { get; }
    public string? Title { get; }
    public string? Publication { get; }
    public string? Url { get; }
    public string? Language { get; }
    public DateInterval? Published { get; }

    /// <summary>Every source the header names (<see cref="Publication"/> is the first), with its grade.</summary>
    public System.Collections.Generic.IReadOnlyList<CitedSource> Sources { get; }

    public override string ToString() => Title ?? Path;
}
