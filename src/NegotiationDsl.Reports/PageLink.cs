using System;
using System.Linq;

namespace NegotiationDsl.Reports;

/// <summary>
/// A link from one report page to another page of the same run, as a path relative to the linking page with
/// no extension (<c>../geneva-2022</c>) and an anchor of the report's own (<c>track-2</c>): each format adds
/// its own extension, so a Markdown page links to Markdown and an HTML page to HTML.
/// </summary>
public sealed record PageLink(string RelativePath, string? Anchor = null)
{
    /// <summary>The link from the page at <paramref name="fromPage"/> to <paramref name="toPage"/>, both relative to the reports folder with '/' between steps.</summary>
    public static PageLink Between(string fromPage, string toPage, string? anchor = null)
    {
        var from = fromPage.Split('/')[..^1];
        var to = toPage.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var steps = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common));
        return new PageLink(string.Join("/", steps), anchor);
    }

    /// <summary>
    /// The URL with <paramref name="extension"/>: each step percent-encoded but <c>..</c>, so a name holding
    /// <c># ? % )</c>, a space or a quote stays one step of the path and cannot end a Markdown link or an attribute.
    /// </summary>
    public string Href(string extension)
    {
        var path = string.Join("/", RelativePath.Split('/').Select(step => step == ".." ? step : Uri.EscapeDataString(step)));
        return path + Uri.EscapeDataString(extension) + (Anchor is { } anchor ? "#" + Uri.EscapeDataString(anchor) : "");
    }
}
