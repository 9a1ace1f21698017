using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Input.Files;

/// <summary>
/// The disk as inputs see it: files are read by the one safe reader (<see cref="RegularFile"/>) and looked at
/// through <see cref="Disk"/>, which the outputs use too; folders are listed here, without following links.
/// </summary>
internal sealed class DiskFileSystem : IInputFileSystem
{
    public static DiskFileSystem Instance { get; } = new();

    private static readonly EnumerationOptions s_listing = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private DiskFileSystem()
    {
    }

    public uint? CurrentUserId => Disk.CurrentUserId;

    public FileRead ReadFile(string path, long limit, FileIdentity? expected = null) => RegularFile.Read(path, limit, expected);

    public FileStatus? GetStatus(string path, bool followLinks, out string? error) => Disk.Status(path, followLinks, out error);

    public FolderListing ListFolder(string path)
    {
        try
        {
            var entries = new FileSystemEnumerable<FolderEntry>(path, (ref FileSystemEntry entry) =>
            {
                var name = entry.FileName.ToString();
                var kind = (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? FolderEntryKind.Link
                    : entry.IsDirectory ? FolderEntryKind.Folder
                    : FolderEntryKind.File;
                return new FolderEntry(name, Path.Join(path, name), kind);
            }, s_listing);
            return new FolderListing(new List<FolderEntry>(entries), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FolderListing.Failed(exception.Message);
        }
    }

    public string? RealPath(string path) => Disk.RealPath(path);
}
