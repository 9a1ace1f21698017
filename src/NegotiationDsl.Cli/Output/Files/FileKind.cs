namespace NegotiationDsl.Cli.Output.Files;

/// <summary>What a path names, without following a link it ends in.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
}

internal static class FileKindText
{
    /// <summary>The kind as a noun phrase for messages: "a named pipe (FIFO)".</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };
}
