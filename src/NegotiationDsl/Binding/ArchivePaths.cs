using System;
using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// Paths of an archive as text: the library never touches the disk, so a use's path is resolved by combining
/// it with the folder of the file that says it, the way the host named the files (all absolute, or all relative
/// to one folder). Separators become '/', '.' and '..' steps are taken.
/// </summary>
internal static class ArchivePaths
{
    public static string Normalize(string path)
    {
        var rooted = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part == ".." && rooted) continue;
            else parts.Add(part);
        }

        var joined = string.Join("/", parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    public static string FolderOf(string filePath)
    {
        var normalized = Normalize(filePath);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : normalized.Substring(0, slash);
    }

    public static string Combine(string folder, string relative) =>
        IsAbsolute(relative) ? Normalize(relative) : Normalize(folder == "." ? relative : folder + "/" + relative);

    public static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsWithin(string path, string folder) =>
        folder == "." ? !path.StartsWith("..", StringComparison.Ordinal) && !IsAbsolute(path)
            : path == folder || path.StartsWith(folder == "/" ? "/" : folder + "/", StringComparison.Ordinal);

    /// <summary>How a file in <paramref name="from"/> writes <paramref name="to"/> in a use: "../actors".</summary>
    public static string Relative(string from, string to)
    {
        var fromParts = Parts(from);
        var toParts = Parts(to);
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length && fromParts[common] == toParts[common]) common++;
        var steps = new List<string>();
        for (var i = common; i < fromParts.Length; i++) steps.Add("..");
        for (var i = common; i < toParts.Length; i++) steps.Add(toParts[i]);
        return steps.Count == 0 ? "." : string.Join("/", steps);
    }

    /// <summary>The last step of a path: a folder's own name.</summary>
    public static string NameOf(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static string[] Parts(string path) => path == "." ? Array.Empty<string>() : path.Trim('/').Split('/');
}
