using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Expands the files and folders given on the command line into record files, in a stable order. A path given
/// is followed even when it is a link (the user named it); a folder given is a root, walked by
/// <see cref="FolderWalk"/>; a file given directly has its folder as root.
/// </summary>
internal sealed class SourceFileCollector
{
    public const string Extension = ".neg";

    private static readonly StringComparison s_extensionComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public List<RecordFile> Files { get; } = new();
    public List<Diagnostic> Errors { get; } = new();

    public static SourceFileCollector Collect(IEnumerable<string> paths) => Collect(paths, DiskFileSystem.Instance);

    public static SourceFileCollector Collect(IEnumerable<string> paths, IInputFileSystem files)
    {
        var collector = new SourceFileCollector();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var status = StatusOfGiven(files, path, out var missing);
            if (status is null)
            {
                collector.Errors.Add(missing!);
            }
            else if (status.Value.Kind == FileKind.Folder)
            {
                var (found, errors) = FolderWalk.Run(files, InputRoot.Of(files, path));
                found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
                if (found.Count == 0 && errors.Count == 0) collector.Errors.Add(DiagnosticCatalog.NoInput(path));
                collector.Errors.AddRange(errors);
                foreach (var file in found) collector.Add(file, seen);
            }
            else
            {
                // Whatever it is: reading it decides (a FIFO or a device is refused there, on the opened handle).
                collector.Add(new RecordFile(path, InputRoot.OfFile(files, path), status.Value.Identity), seen);
            }
        }

        return collector;
    }

    /// <summary>What a path given names (links followed), or null with the error that says why it names nothing.</summary>
    public static FileStatus? StatusOfGiven(IInputFileSystem files, string path, out Diagnostic? missing)
    {
        var status = files.GetStatus(path, followLinks: true, out var error);
        missing = status is not null ? null
            : files.GetStatus(path, followLinks: false, out _) is { Kind: FileKind.Link } ? DiagnosticCatalog.BrokenLink(path, error ?? "its target does not exist")
            : error is not null ? DiagnosticCatalog.ReadFailed(path, error)
            : DiagnosticCatalog.PathNotFound(path);
        return status;
    }

    /// <summary>Whether a file name is a record's (<c>*.neg</c>; on Windows in any case).</summary>
    public static bool IsRecordFileName(string name) => name.EndsWith(Extension, s_extensionComparison);

    /// <summary>The path as shown in diagnostics: relative to the working folder when inside it, with '/' separators.</summary>
    public static string DisplayPath(string path)
    {
        var shown = RelativePath.Below(Directory.GetCurrentDirectory(), path) ?? Path.GetFullPath(path);
        // Only where '\' is a separator: on Linux and macOS it is an ordinary character of a file name.
        return OperatingSystem.IsWindows() ? shown.Replace('\\', '/') : shown;
    }

    private void Add(RecordFile file, HashSet<string> seen)
    {
        if (seen.Add(Path.GetFullPath(file.Path))) Files.Add(file);
    }
}
