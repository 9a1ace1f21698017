using System;
using System.Buffers;

namespace NegotiationDsl.Reports;

/// <summary>Which URLs from the records become links: absolute http or https, with nothing that could end a link early.</summary>
internal static class HttpLink
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create("<>\"'` \\|");

    public static bool IsSafe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !url.AsSpan().ContainsAny(Unsafe) && !HasHidden(url);

    private static bool HasHidden(string url)
    {
        foreach (var c in url)
        {
            if (c <= ' ' || char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format) return true;
        }

        return false;
    }
}
