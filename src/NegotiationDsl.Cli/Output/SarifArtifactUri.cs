using System;
using System.IO;
using System.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// A file path as a SARIF <c>artifactLocation.uri</c> (a URI reference, RFC 3986): each path segment
/// percent-encoded, so a file named <c>a#b.neg</c> or <c>50% done.neg</c> is not read as a fragment or an
/// escape; relative paths stay relative, absolute ones become <c>file://</c> URIs.
/// </summary>
internal static class SarifArtifactUri
{
    public static string For(string filePath)
    {
        var segments = OperatingSystem.IsWindows() ? filePath.Split('\\', '/') : filePath.Split('/');
        var uri = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0) uri.Append('/');
            var isDrive = i == 0 && OperatingSystem.IsWindows() && segments[0].EndsWith(':');
            uri.Append(isDrive ? segments[0] : Uri.EscapeDataString(ReplaceLoneSurrogates(segments[i])));
        }

        if (!Path.IsPathRooted(filePath)) return uri.ToString();
        return OperatingSystem.IsWindows() ? "file:///" + uri : "file://" + uri;
    }

    // A file name may hold a lone surrogate (an ill-formed name read from disk); URIs carry UTF-8, which cannot.
    private static string ReplaceLoneSurrogates(string segment) =>
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(segment));
}
