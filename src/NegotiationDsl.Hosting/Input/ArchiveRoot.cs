using System.IO;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Finds the archive a path belongs to: the nearest folder at or above it that holds <c>negarchive.json</c>. The
/// search stops where the search for <c>negconfig.json</c> stops (<see cref="ConfigBoundary"/>): an archive is
/// the records' owner's, so it is never taken from a folder every user can write or from above the repository.
/// </summary>
internal static class ArchiveRoot
{
    public const string FileName = "negarchive.json";

    /// <summary>The full path of the archive's root folder, or null when <paramref name="path"/> is in none.</summary>
    public static string? Find(IInputFileSystem files, ConfigBoundary boundary, string path)
    {
        // Without a trailing separator, so that "archive/" and "archive" find the same root (and bind it once).
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var folder = files.GetStatus(full, followLinks: true, out _) is { Kind: FileKind.Folder } ? full : Path.GetDirectoryName(full);
        while (folder is not null && !boundary.IsClosed(folder))
        {
            if (files.GetStatus(Path.Join(folder, FileName), followLinks: true, out _) is { Kind: FileKind.Regular }) return folder;
            if (boundary.IsBoundary(folder)) return null;
            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }
}
