using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NegotiationDsl.Hosting.Files;

/// <summary>
/// The few system calls .NET does not offer, in one place, for reading and writing alike. .NET cannot open a file
/// without blocking (opening a FIFO waits for a writer), cannot tell a FIFO or a device from a file (FileInfo calls
/// both "Normal") and cannot change a file's owner. So: from the runtime's own shim libSystem.Native (present
/// wherever .NET runs on Unix, with layouts fixed on every Unix) fstat/stat/lstat, statfs's file system type,
/// realpath and geteuid; from the C library <c>open</c> with O_NONBLOCK (flag values differ per system: only those
/// of Linux and macOS are known here) and <c>lchown</c>; and on Linux <c>statx</c> for the one thing the shim does
/// not report, the number of hard links. On Windows none of this exists and <see cref="Disk"/> uses .NET's file API
/// instead.
/// </summary>
internal static unsafe partial class NativeFiles
{
    private const string SystemNative = "libSystem.Native";
    private const string CLibrary = "libc";

    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxLinkCount = 0x4;     // STATX_NLINK
    private const int StatxSize = 256;

    static NativeFiles()
    {
        // "libc" is not a file name anywhere (glibc's libc.so is a linker script, musl's has another name): take
        // open from the symbols the process already has loaded. Registered once, for this assembly only.
        if (!OperatingSystem.IsWindows())
            NativeLibrary.SetDllImportResolver(typeof(NativeFiles).Assembly, (name, _, _) => name == CLibrary ? NativeLibrary.GetMainProgramHandle() : IntPtr.Zero);
    }

    /// <summary>The fixed flags for a read that neither blocks (FIFO), adopts a terminal, nor leaks into child processes; null where they are unknown.</summary>
    private static readonly int? s_openFlags = OpenFlags();

    /// <summary>stat and friends work (every Unix .NET runs on).</summary>
    public static bool CanStat => !OperatingSystem.IsWindows();

    /// <summary>Files can be opened without blocking (Linux and macOS).</summary>
    public static bool CanOpenWithoutBlocking => s_openFlags is not null;

    /// <summary>Opens for reading without blocking; null and the errno when the system refuses.</summary>
    public static SafeFileHandle? OpenForReading(string path, out int error)
    {
        var descriptor = Open(path, s_openFlags ?? throw new PlatformNotSupportedException());
        error = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
        return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
    }

    public static FileStatus? Status(SafeFileHandle handle, out int error) =>
        Convert(FStat(handle, out var status) == 0, status, out error);

    /// <summary>stat (following links) or lstat (the link itself).</summary>
    public static FileStatus? Status(string path, bool followLinks, out int error) =>
        Convert((followLinks ? Stat(path, out var status) : LStat(path, out status)) == 0, status, out error);

    /// <summary>statfs's f_type on Linux (a magic number per file system, see <see cref="PseudoFileSystems"/>); 0 when unknown.</summary>
    public static uint FileSystemType(SafeFileHandle handle) => GetFileSystemType(handle);

    public static uint EffectiveUserId => GetEUid();

    /// <summary>The path with every link and every '.' and '..' resolved; null when some part of it does not exist.</summary>
    public static string? RealPath(string path) => RealPathNative(path);

    /// <summary>Sets the owner and group of <paramref name="path"/> itself, a link not followed (<see cref="uint.MaxValue"/>, -1 to the system, leaves one as it is).</summary>
    /// <returns>False when they could not be set (only root may give a file away, or a group the user is not in).</returns>
    public static bool TryChangeOwner(string path, uint owner, uint group) => LChown(path, owner, group) == 0;

    /// <summary>How many hard links <paramref name="path"/> itself has (a link not followed); null where the system does not say (everywhere but Linux).</summary>
    public static uint? LinkCount(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        Span<byte> buffer = stackalloc byte[StatxSize];
        try
        {
            // statx's buffer has one layout on every architecture, unlike struct stat; stx_nlink is at 0x10.
            fixed (byte* statx = buffer)
                return Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxLinkCount, statx) == 0 ? BitConverter.ToUInt32(buffer[0x10..]) : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library older than statx (glibc 2.28, musl 1.2.5)
        }
    }

    public static string ErrorMessage(int error) => Marshal.GetPInvokeErrorMessage(error);

    /// <summary>ENOENT and ENOTDIR: nothing at that path (both are 2 and 20 on Linux and macOS).</summary>
    public static bool IsNotFound(int error) => error is 2 or 20;

    private static FileStatus? Convert(bool ok, NativeFileStatus status, out int error)
    {
        error = ok ? 0 : Marshal.GetLastPInvokeError();
        if (!ok) return null;
        return new FileStatus(FileKinds.FromUnixMode(status.Mode), new FileIdentity(status.Dev, status.Ino), status.Size, status.Mode & 0xFFF, status.Uid, status.Gid);
    }

    private static int? OpenFlags()
    {
        const int ReadOnly = 0;
        if (OperatingSystem.IsMacOS()) return ReadOnly | 0x4 /* O_NONBLOCK */ | 0x1000000 /* O_CLOEXEC */ | 0x20000 /* O_NOCTTY */;
        // The generic Linux values; the architectures .NET supports all use them (Alpha, MIPS, PA-RISC and SPARC do not).
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 or Architecture.Arm
                or Architecture.Arm64 or Architecture.Armv6 or Architecture.S390x or Architecture.Ppc64le or Architecture.LoongArch64 or Architecture.RiscV64)
            return ReadOnly | 0x800 /* O_NONBLOCK */ | 0x80000 /* O_CLOEXEC */ | 0x100 /* O_NOCTTY */;
        return null;
    }

    // pal_io.h's FileStatus. The runtime may append fields: the reserve keeps a newer shim from writing past the struct.
    [StructLayout(LayoutKind.Sequential)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime, BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
        public fixed byte Reserved[64];
    }

    // Only the two fixed arguments of the variadic open: without O_CREAT the mode is never read, and declaring it
    // would pass it wrongly where variadic arguments go on the stack (Apple's arm64).
    [LibraryImport(CLibrary, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport(CLibrary, EntryPoint = "lchown", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LChown(string path, uint owner, uint group);

    [LibraryImport(CLibrary, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static partial int FStat(SafeFileHandle handle, out NativeFileStatus status);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, out NativeFileStatus status);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStat(string path, out NativeFileStatus status);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_GetFileSystemType")]
    private static partial uint GetFileSystemType(SafeFileHandle handle);

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_GetEUid")]
    private static partial uint GetEUid();

    [LibraryImport(SystemNative, EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial string? RealPathNative(string path);
}
