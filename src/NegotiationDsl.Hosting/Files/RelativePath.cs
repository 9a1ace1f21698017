using System;
using System.IO;

namespace NegotiationDsl.Hosting.Files;

/// <summary>Where a path lies relative to a folder, as written (links are not resolved: <see cref="Disk.RealPath"/> does that).</summary>
internal static class RelativePath
{
    /// <summary>
    /// The path of <paramref name="path"/> relative to <paramref name="folder"/>, or null when it lies outside: <c>..</c>,
    /// <c>../x</c> or another root (a name such as <c>..x</c> is inside).
    /// </summary>
    public static string? Below(string folder, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return outside ? null : relative;
    }
}
