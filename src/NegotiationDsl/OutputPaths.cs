using System;
using System.Collections.Generic;
using System.IO;

namespace NegotiationDsl;

/// <summary>
/// Paths as outputs write them: relative to the compilation's root folder, with '/' separators, so that what is
/// generated does not depend on where the records lie or how the command line named them (absolute, relative,
/// <c>./x</c>, <c>a/../x</c>, a trailing separator). Text only: the library never asks the disk. '\' separates only
/// where the system says so (Windows); elsewhere it is a character of a file name and stays.
/// </summary>
internal static class OutputPaths
{
    private static readonly bool s_backslashSeparates = Path.DirectorySeparatorChar == '\\';

    /// <summary>The deepest folder that holds every one of the files (their own folder when they share one).</summary>
    public static string CommonFolder(IEnumerable<string> filePaths)
    {
        List<string>? common = null;
        var rooted = false;
        foreach (var path in filePaths)
        {
            var parts = Parts(path);
            parts.RemoveAt(parts.Count - 1);
            if (common is null)
            {
                common = parts;
                rooted = IsRooted(path);
                continue;
            }

            var shared = SharedLength(common, parts);
            common.RemoveRange(shared, common.Count - shared);
        }

        if (common is null) return ".";
        var joined = string.Join("/", common);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary><paramref name="filePath"/> relative to <paramref name="root"/>, both named the same way (both absolute, or both relative to one folder).</summary>
    public static string Relative(string root, string filePath)
    {
        var from = Parts(root);
        var to = Parts(filePath);
        var shared = SharedLength(from, to);
        var steps = new List<string>();
        for (var i = shared; i < from.Count; i++) steps.Add("..");
        for (var i = shared; i < to.Count; i++) steps.Add(to[i]);
        return string.Join("/", steps);
    }

    /// <summary>The steps of a path, with '.' dropped and '..' taken (a leading '/' or drive is the first step's business, not a step).</summary>
    private static List<string> Parts(string path)
    {
        var parts = new List<string>();
        foreach (var part in s_backslashSeparates ? path.Split('/', '\\') : path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }

        return parts;
    }

    private static bool IsRooted(string path) => path.StartsWith("/", StringComparison.Ordinal) || (s_backslashSeparates && path.StartsWith("\\", StringComparison.Ordinal));

    // Windows compares paths ignoring case; a drive letter may be written either way.
    private static int SharedLength(List<string> left, List<string> right)
    {
        var comparison = s_backslashSeparates ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var shared = 0;
        while (shared < left.Count && shared < right.Count && string.Equals(left[shared], right[shared], comparison)) shared++;
        return shared;
    }
}
