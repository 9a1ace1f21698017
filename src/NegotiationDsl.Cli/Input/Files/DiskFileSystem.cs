using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using Microsoft.Win32.SafeHandles;

namespace NegotiationDsl.Cli.Input.Files;

/// <summary>
/// The disk. A file is read only when the handle that was opened is a regular file on a file system that
/// holds files: the kind is checked on the path first (so a device is not even opened) and again on the
/// opened handle (so a path swapped in between is still caught), the open never blocks (a FIFO's would), and
/// at most limit + 1 bytes are read whatever size the file reports.
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

    public uint? CurrentUserId => NativeFiles.CanStat ? NativeFiles.EffectiveUserId : null;

    public FileRead ReadFile(string path, long limit, FileIdentity? expected = null)
    {
        var before = GetStatus(path, followLinks: true, out var error);
        if (before is null) return error is null ? FileRead.NotFound() : FileRead.Failed(error);
        if (before.Value.Kind != FileKind.Regular) return FileRead.NotRegular(before.Value.Kind);
        if (expected is not null && before.Value.Identity is { } identity && identity != expected) return FileRead.Replaced();

        var opened = Open(path);
        if (opened.Handle is not { } handle) return opened.Failure!;
        using (handle)
        {
            var status = NativeFiles.CanStat ? NativeFiles.Status(handle, out _) : null;
            if (status is { Kind: not FileKind.Regular } odd) return FileRead.NotRegular(odd.Kind);
            if (status?.Identity is { } openedIdentity && before.Value.Identity is { } lookedAt && openedIdentity != lookedAt) return FileRead.Replaced();
            if (NativeFiles.CanStat && PseudoFileSystems.NameOf(NativeFiles.FileSystemType(handle)) is { } kernel) return FileRead.OnKernelFileSystem(kernel);
            try
            {
                return ReadBounded(handle, status?.Size ?? RandomAccess.GetLength(handle), limit);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return FileRead.Failed(exception.Message);
            }
        }
    }

    public FileStatus? GetStatus(string path, bool followLinks, out string? error)
    {
        error = null;
        if (NativeFiles.CanStat)
        {
            var status = NativeFiles.Status(path, followLinks, out var errno);
            if (status is null && !NativeFiles.IsNotFound(errno)) error = NativeFiles.ErrorMessage(errno);
            return status;
        }

        return WindowsStatus(path, followLinks, out error);
    }

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

    public string? RealPath(string path)
    {
        if (NativeFiles.CanStat) return NativeFiles.RealPath(path);
        try
        {
            // Windows: the final target of a link chain (junctions and links in the middle stay as they are).
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (SafeFileHandle? Handle, FileRead? Failure) Open(string path)
    {
        if (NativeFiles.CanOpenWithoutBlocking)
        {
            var handle = NativeFiles.OpenForReading(path, out var errno);
            if (handle is not null) return (handle, null);
            return (null, NativeFiles.IsNotFound(errno) ? FileRead.NotFound() : FileRead.Failed(NativeFiles.ErrorMessage(errno)));
        }

        try
        {
            // Elsewhere .NET opens. On Windows it refuses anything but a disk file itself (devices, pipes, consoles).
            return (File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), null);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, FileRead.NotFound());
        }
        catch (NotSupportedException)
        {
            return (null, FileRead.NotRegular(FileKind.CharacterDevice));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, FileRead.Failed(exception.Message));
        }
    }

    /// <summary>
    /// Reads what the handle holds, but never more than <paramref name="limit"/> + 1 bytes: the reported size
    /// only sizes the first buffer. A file whose size is what it reports is read into an array of exactly that
    /// size (the text is decoded from it without a copy).
    /// </summary>
    internal static FileRead ReadBounded(SafeFileHandle handle, long reportedSize, long limit)
    {
        limit = Math.Min(limit, Array.MaxLength - 1);
        if (reportedSize > limit) return FileRead.TooLarge(reportedSize, limit);

        var buffer = new byte[Math.Max(0, reportedSize)];
        var total = Fill(handle, buffer, 0);
        if (total < buffer.Length) return FileRead.Read(buffer[..total]);

        // Full: only a one-byte probe tells whether the file holds more than it reported.
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, total) == 0) return FileRead.Read(buffer);

        var grown = new byte[(int)Math.Min(limit + 1, Math.Max(4096, (long)buffer.Length * 2))];
        buffer.CopyTo(grown);
        grown[total++] = probe[0];
        while (true)
        {
            total = Fill(handle, grown, total);
            if (total < grown.Length) return FileRead.Read(grown[..total]);
            if (grown.Length > limit) return FileRead.TooLarge(Math.Max(total, reportedSize), limit);
            Array.Resize(ref grown, (int)Math.Min(limit + 1, (long)grown.Length * 2));
        }
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="start"/> until it is full or the file ends; returns the bytes now in it.</summary>
    private static int Fill(SafeFileHandle handle, byte[] buffer, int start)
    {
        var total = start;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }

        return total;
    }

    private static FileStatus? WindowsStatus(string path, bool followLinks, out string? error)
    {
        error = null;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists) return null;
            if (followLinks && info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
                if (!info.Exists) return null;
            }

            var attributes = info.Attributes;
            var kind = (attributes & FileAttributes.ReparsePoint) != 0 && !followLinks ? FileKind.Link
                : (attributes & FileAttributes.Directory) != 0 ? FileKind.Folder
                : (attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice
                : FileKind.Regular;
            return new FileStatus(kind, null, info is FileInfo file ? file.Length : 0, 0, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = exception.Message;
            return null;
        }
    }
}
