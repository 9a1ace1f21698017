using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Input.Files;

/// <summary>
/// One file served from memory in front of another file system (or in front of nothing): its path reads as a regular
/// file with the bytes given, its folder's listing shows it, and every other path is the other file system's. A record
/// from standard input goes through the input layer this way, so it is collected, read, limited, parsed and configured
/// as a record on disk is.
/// </summary>
internal sealed class OneFileOverlay : IInputFileSystem
{
    private readonly string _fullPath;
    private readonly string _folder;
    private readonly string _name;
    private readonly FileRead _content;
    private readonly IInputFileSystem? _below;

    /// <param name="path">The path the file is served at.</param>
    /// <param name="content">What reading it gives: its bytes, or why they could not be had.</param>
    /// <param name="below">The file system behind it; null when nothing else exists.</param>
    public OneFileOverlay(string path, FileRead content, IInputFileSystem? below)
    {
        _fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _folder = Path.GetDirectoryName(_fullPath) ?? _fullPath;
        _name = Path.GetFileName(_fullPath);
        _content = content;
        _below = below;
    }

    public uint? CurrentUserId => _below?.CurrentUserId;

    public FileRead ReadFile(string path, long limit, FileIdentity? expected = null)
    {
        if (!IsOverlaid(path)) return _below?.ReadFile(path, limit, expected) ?? FileRead.NotFound();
        return _content.Bytes is { } bytes && bytes.Length > limit ? FileRead.TooLarge(bytes.Length, limit) : _content;
    }

    public FileStatus? GetStatus(string path, bool followLinks, out string? error)
    {
        error = null;
        if (IsOverlaid(path)) return new FileStatus(FileKind.Regular, null, _content.Bytes?.Length ?? _content.Length, 0, CurrentUserId, null);
        return _below is null ? null : _below.GetStatus(path, followLinks, out error);
    }

    public FolderListing ListFolder(string path)
    {
        var listing = _below?.ListFolder(path) ?? new FolderListing(Array.Empty<FolderEntry>(), null);
        if (listing.Error is not null || !InputRoot.SamePath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), _folder)) return listing;

        // Whatever the disk holds under the name (a file, a link), the listing shows the served file.
        var entries = new List<FolderEntry>(listing.Entries.Count + 1);
        foreach (var entry in listing.Entries)
        {
            if (!InputRoot.SamePath(entry.Name, _name)) entries.Add(entry);
        }

        entries.Add(new FolderEntry(_name, Path.Join(path, _name), FolderEntryKind.File));
        return new FolderListing(entries, null);
    }

    public string? RealPath(string path)
    {
        if (!IsOverlaid(path)) return _below?.RealPath(path);
        return Path.Join(_below?.RealPath(_folder) ?? _folder, _name);
    }

    private bool IsOverlaid(string path) => InputRoot.SamePath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), _fullPath);
}
