using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace NegotiationDsl.Hosting.Files;

/// <summary>
/// The one way negc reads a file's bytes: records, <c>negconfig.json</c>, and an output it compares before replacing
/// it. A file is read only when the handle that was opened is a regular file on a file system that holds files: the
/// kind is checked on the path first (so a device is not even opened) and again on the opened handle (so a path
/// swapped in between is still caught), the open never blocks (a FIFO's would), and at most limit + 1 bytes are read
/// whatever size the file reports.
/// </summary>
internal static class RegularFile
{
    /// <summary>
    /// Reads a regular file of at most <paramref name="limit"/> bytes. Anything else (a FIFO, a device, a folder, a
    /// file of /proc) is refused without being read; when <paramref name="expected"/> is given, so is a file that
    /// is no longer the one it was when the path was looked at.
    /// </summary>
    public static FileRead Read(string path, long limit, FileIdentity? expected = null)
    {
        var before = Disk.Status(path, followLinks: true, out var error);
        if (before is null) return error is null ? FileRead.NotFound() : FileRead.Failed(error);
        if (before.Value.Kind != FileKind.Regular) return FileRead.NotRegular(before.Value.Kind);
        // Told only after the open: a file of /proc is refused as such even when it looks replaced, because the
        // kernel may number the same file anew between two looks at it. The path was a regular file, so opening it
        // is harmless.
        var replacedSinceListed = expected is not null && before.Value.Identity is { } identity && identity != expected;

        var opened = Open(path);
        if (opened.Handle is not { } handle) return opened.Failure!;
        using (handle)
        {
            var status = NativeFiles.CanStat ? NativeFiles.Status(handle, out _) : null;
            if (status is { Kind: not FileKind.Regular } odd) return FileRead.NotRegular(odd.Kind);
            if (NativeFiles.CanStat && PseudoFileSystems.NameOf(NativeFiles.FileSystemType(handle)) is { } kernel) return FileRead.OnKernelFileSystem(kernel);
            if (replacedSinceListed) return FileRead.Replaced();
            if (status?.Identity is { } openedIdentity && before.Value.Identity is { } lookedAt && openedIdentity != lookedAt) return FileRead.Replaced();
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
}
