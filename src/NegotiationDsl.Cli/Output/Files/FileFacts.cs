using System;
using System.IO;

namespace NegotiationDsl.Cli.Output.Files;

/// <summary>
/// What <c>lstat</c> tells about a path: its kind (a link is not followed), permission bits, owner and number of
/// hard links. .NET's own file APIs cannot tell a named pipe or a device from a regular file, and opening one to
/// find out blocks (a FIFO) or never ends (<c>/dev/zero</c>), so on Linux this asks the kernel (<see cref="NativeFiles"/>).
/// Elsewhere it falls back to what .NET knows: links and folders, every other entry taken as a regular file.
/// </summary>
internal readonly record struct FileFacts(FileKind Kind, UnixFileMode Mode, uint Owner, uint Group, uint LinkCount)
{
    public static readonly FileFacts Missing = new(FileKind.Missing, 0, 0, 0, 0);

    public bool Exists => Kind != FileKind.Missing;

    /// <summary>The facts of <paramref name="path"/> itself: a symbolic link is reported as one, not followed.</summary>
    public static FileFacts Of(string path)
    {
        if (NativeFiles.IsAvailable) return NativeFiles.Stat(path);
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
            if (!info.Exists) return info.LinkTarget is null ? Missing : new(FileKind.SymbolicLink, 0, 0, 0, 1);
        }

        var kind = info.LinkTarget is not null ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.Regular;
        return new FileFacts(kind, OperatingSystem.IsWindows() ? 0 : info.UnixFileMode, 0, 0, 1);
    }
}
