using System.Collections.Generic;
using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Input.Files;

/// <summary>
/// The file system as negc's inputs see it: every read of a record or a configuration file, every folder
/// listing and every look at a link goes through here, for the CLI and the language server alike.
/// <see cref="DiskFileSystem"/> is the disk; tests put a slow or failing one in its place, and an editor's
/// unsaved buffers can be served in front of the disk the same way.
/// </summary>
internal interface IInputFileSystem
{
    /// <summary>
    /// Reads a regular file of at most <paramref name="limit"/> bytes. Anything else (a FIFO, a device, a folder, a
    /// file of /proc) is refused without being read; when <paramref name="expected"/> is given, so is a file that
    /// is no longer the one it was when the path was looked at.
    /// </summary>
    FileRead ReadFile(string path, long limit, FileIdentity? expected = null);

    /// <summary>What is at <paramref name="path"/>; null with a null <paramref name="error"/> when nothing is, null with the system's message when it cannot be looked at.</summary>
    FileStatus? GetStatus(string path, bool followLinks, out string? error);

    /// <summary>The entries of one folder, in no particular order, or the system's message when it cannot be listed.</summary>
    FolderListing ListFolder(string path);

    /// <summary>The path with every link resolved; null when some part of it does not exist or cannot be resolved.</summary>
    string? RealPath(string path);

    /// <summary>The user negc runs as, for the ownership checks of configuration files; null where there are no Unix owners.</summary>
    uint? CurrentUserId { get; }
}

/// <summary>What a folder entry is, as a listing tells it without looking further (a link is not followed).</summary>
internal enum FolderEntryKind
{
    File,
    Folder,
    Link,
}

internal readonly record struct FolderEntry(string Name, string Path, FolderEntryKind Kind);

/// <summary>A folder's entries, or why they could not be listed.</summary>
internal sealed record FolderListing(IReadOnlyList<FolderEntry> Entries, string? Error)
{
    public static FolderListing Failed(string error) => new(System.Array.Empty<FolderEntry>(), error);
}
