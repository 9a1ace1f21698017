using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Input;

/// <summary>Expands the files and folders given on the command line into .neg files, in a stable order.</summary>
internal sealed class SourceFileCollector
{
    public const string Extension = ".neg";

    public List<string> Files { get; } = new();
    public List<ToolError> Errors { get; } = new();

    public static SourceFileCollector Collect(IEnumerable<string> paths)
    {
        var collector = new SourceFileCollector();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                collector.Add(path, seen);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories)
                    .Where(file => !IsInBuildFolder(file))
                    .OrderBy(file => file, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) collector.Errors.Add(new ToolError(DiagnosticCatalog.NoInputDescriptor, path, path));
                foreach (var file in found) collector.Add(file, seen);
            }
            else
            {
                collector.Errors.Add(new ToolError(DiagnosticCatalog.PathNotFoundDescriptor, path, path));
            }
        }

        return collector;
    }

    /// <summary>The path as shown in diagnostics: relative to the working folder when inside it, with '/' separators.</summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var shown = outside || Path.IsPathRooted(relative) ? full : relative;
        // Only where '\' is a separator: on Linux and macOS it is an ordinary character of a file name.
        return OperatingSystem.IsWindows() ? shown.Replace('\\', '/') : shown;
    }

    private void Add(string path, HashSet<string> seen)
    {
        if (seen.Add(Path.GetFullPath(path))) Files.Add(path);
    }

    private static bool IsInBuildFolder(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(part => part is "bin" or "obj" or "node_modules");
    }
}
