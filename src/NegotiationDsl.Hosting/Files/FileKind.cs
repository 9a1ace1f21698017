namespace NegotiationDsl.Hosting.Files;

/// <summary>What a path names. Only <see cref="Regular"/> files are ever read or replaced.</summary>
internal enum FileKind
{
    Regular,
    Folder,
    Link,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

internal static class FileKinds
{
    /// <summary>The kind as a message says it: "'x.neg' is a FIFO (named pipe)".</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Link => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>The kind from the type bits of a Unix mode (the same values on Linux and macOS).</summary>
    public static FileKind FromUnixMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Folder,
        0xA000 => FileKind.Link,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };
}
