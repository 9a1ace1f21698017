using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NegotiationDsl.Cli.Output.Files;

/// <summary>
/// The few Linux calls .NET does not offer: <c>statx</c> (whose buffer has the same layout on every architecture,
/// unlike <c>struct stat</c>), <c>open</c> without blocking (so a FIFO put where a regular file was expected cannot
/// hang a read), and <c>chown</c>. Only on Linux; <see cref="IsAvailable"/> says whether callers may use them.
/// </summary>
internal static class NativeFiles
{
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicFields = 0x1F; // type, mode, link count, owner, group
    private const int ReadOnlyNonBlockingCloseOnExec = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC: the same on x64 and arm64
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    public static FileFacts Stat(string path)
    {
        var buffer = new byte[256];
        if (statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxBasicFields, buffer) == 0) return Read(buffer);
        var error = Marshal.GetLastPInvokeError();
        if (error is NoSuchFile or NotADirectory) return FileFacts.Missing;
        throw new IOException($"Could not inspect '{path}': {Marshal.GetPInvokeErrorMessage(error)}.");
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading only when what it leads to is a regular file (checked on the open
    /// handle, so nothing can be swapped in between); otherwise returns null and the kind found.
    /// </summary>
    public static SafeFileHandle? OpenRegularFile(string path, out FileKind kind)
    {
        var descriptor = open(path, ReadOnlyNonBlockingCloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            kind = FileKind.Missing;
            if (error is NoSuchFile or NotADirectory) return null;
            throw new IOException($"Could not open '{path}': {Marshal.GetPInvokeErrorMessage(error)}.");
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var buffer = new byte[256];
        kind = statx(descriptor, "", AtEmptyPath, StatxBasicFields, buffer) == 0 ? Read(buffer).Kind : FileKind.Missing;
        if (kind == FileKind.Regular) return handle;
        handle.Dispose();
        return null;
    }

    /// <summary>Sets owner and group (<see cref="uint.MaxValue"/>, -1 to the system, leaves one as it is).</summary>
    /// <returns>False when they could not be set (only root may give a file away, or a group the user is not in).</returns>
    public static bool TryChangeOwner(string path, uint owner, uint group) => lchown(path, owner, group) == 0;

    private static FileFacts Read(byte[] statx)
    {
        var linkCount = BitConverter.ToUInt32(statx, 0x10);
        var owner = BitConverter.ToUInt32(statx, 0x14);
        var group = BitConverter.ToUInt32(statx, 0x18);
        var mode = BitConverter.ToUInt16(statx, 0x1C);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
        return new FileFacts(kind, (UnixFileMode)(mode & 0xFFF), owner, group, linkCount);
    }

#pragma warning disable SYSLIB1054, CA5392 // plain P/Invoke (no unsafe code in this project); libc is the system's own
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int lchown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
#pragma warning restore SYSLIB1054, CA5392
}
