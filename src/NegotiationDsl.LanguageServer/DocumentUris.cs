using System;
using System.IO;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Turns LSP document URIs into the keys the workspace uses: the full local path for <c>file:</c> URIs
/// (also the syntax tree's file path, so diagnostics map back), the URI itself for anything else
/// (<c>untitled:</c> buffers, and <c>file:</c> URIs that cannot name a file), which is then a compilation of
/// its own.
/// </summary>
internal static class DocumentUris
{
    public static string ToKey(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile && !parsed.LocalPath.Contains('\0', StringComparison.Ordinal)
            ? Path.GetFullPath(parsed.LocalPath)
            : uri;

    public static bool IsFilePath(string key) => Path.IsPathFullyQualified(key);

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;

    /// <summary>The compilation a document belongs to: its folder, or the document itself when it is not a file.</summary>
    public static string FolderOf(string key) => IsFilePath(key) ? Path.GetDirectoryName(key) ?? key : key;
}
