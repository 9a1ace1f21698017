using System;
using System.IO;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// The one record read from standard input (<c>-</c> on the command line), served to the input layer as a file
/// (<see cref="OneFileOverlay"/>) so that the size limit, the encoding checks and the parser treat it as any record.
/// Named by <c>--stdin-name PATH</c>, it is that file: its folder's <c>negconfig.json</c> and archive apply, and in an
/// archive it stands in for the file on disk (as an editor's unsaved buffer would). Without a name it is
/// <c>&lt;stdin&gt;</c>, a record of no folder, which no configuration or archive reaches: what the shell's working
/// folder holds says nothing about where the text came from.
/// </summary>
internal sealed class StandardInputRecord
{
    /// <summary>The path that stands for standard input on the command line.</summary>
    public const string Argument = "-";

    /// <summary>The name of a record from standard input that was given none.</summary>
    public const string DisplayName = "<stdin>";

    private StandardInputRecord(string path, IInputFileSystem files)
    {
        Path = path;
        Files = files;
    }

    /// <summary>The path the record is known by: the name given, or <see cref="DisplayName"/>.</summary>
    public string Path { get; }

    /// <summary>The input layer's view with the record in it: the disk when it was named, nothing else when not.</summary>
    public IInputFileSystem Files { get; }

    /// <summary>
    /// Reads standard input, at most <paramref name="limit"/> + 1 bytes (the record limit, <see cref="FileSizeLimit.Bytes"/>):
    /// a larger input is NEG1010 like a larger file, and the rest is never read, so an endless pipe cannot fill the
    /// memory. A failed read becomes the record's read error (NEG9002).
    /// </summary>
    public static StandardInputRecord Read(Stream input, string? name, long limit)
    {
        var path = name ?? DisplayName;
        FileRead content;
        try
        {
            content = ReadBounded(input, limit);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            content = FileRead.Failed(exception.Message);
        }

        return new StandardInputRecord(path, new OneFileOverlay(path, content, name is null ? null : DiskFileSystem.Instance));
    }

    /// <summary>Why <paramref name="name"/> cannot name a record (it is a folder), or null.</summary>
    public static Diagnostic? CheckName(string name) =>
        name.Length == 0 ? DiagnosticCatalog.InvalidArgument("--stdin-name is empty; give the path of the file the record stands for.")
        : Disk.Status(name, followLinks: true, out _) is { Kind: FileKind.Folder }
            ? DiagnosticCatalog.InvalidArgument($"--stdin-name '{name}' is a folder; give the path of the file the record stands for.")
            : null;

    internal static FileRead ReadBounded(Stream input, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        long total = 0;
        while (true)
        {
            var read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - total));
            if (read == 0) return FileRead.Read(buffer.ToArray());
            buffer.Write(chunk, 0, read);
            total += read;
            if (total > limit) return FileRead.TooLarge(total, limit);
        }
    }
}
