using System.IO;

namespace NegotiationDsl.Cli.Output.Files;

/// <summary>A path with every symbolic link in it resolved, as <c>realpath</c> gives it; the path need not exist.</summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // as Linux's ELOOP

    /// <exception cref="IOException">The links loop, or lead through more than 40 links.</exception>
    public static string Of(string path) => Resolve(path, MaxLinks);

    private static string Resolve(string path, int linksLeft)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var current = Path.Combine(Resolve(parent, linksLeft), Path.GetFileName(full));
        var target = new FileInfo(current).LinkTarget;
        if (target is null) return current;
        if (linksLeft == 0) throw new IOException($"Too many levels of symbolic links at '{current}'.");
        return Resolve(Path.Combine(Path.GetDirectoryName(current)!, target), linksLeft - 1);
    }

    /// <summary>Is <paramref name="path"/> the folder <paramref name="folder"/> or inside it (both real paths)?</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, System.StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
