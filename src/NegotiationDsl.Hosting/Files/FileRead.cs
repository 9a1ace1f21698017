using System.Globalization;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Files;

/// <summary>Why a file was not read.</summary>
internal enum FileReadFailure
{
    None,
    NotFound,
    NotRegular,
    KernelFileSystem,
    TooLarge,
    Replaced,
    Failed,
}

/// <summary>The bytes of a regular file, or why there are none. Never holds a byte of a file that was refused.</summary>
internal sealed class FileRead
{
    private FileRead(byte[]? bytes, FileReadFailure failure, FileKind kind = FileKind.Regular, long length = 0, long limit = 0, string? detail = null)
    {
        Bytes = bytes;
        Failure = failure;
        Kind = kind;
        Length = length;
        Limit = limit;
        Detail = detail;
    }

    public byte[]? Bytes { get; }
    public FileReadFailure Failure { get; }

    /// <summary>What the path named, for <see cref="FileReadFailure.NotRegular"/>.</summary>
    public FileKind Kind { get; }

    /// <summary>For <see cref="FileReadFailure.TooLarge"/>: the file has at least this many bytes, more than <see cref="Limit"/>.</summary>
    public long Length { get; }

    public long Limit { get; }

    /// <summary>The file system's name for <see cref="FileReadFailure.KernelFileSystem"/>, the system's message for <see cref="FileReadFailure.Failed"/>.</summary>
    public string? Detail { get; }

    public static FileRead Read(byte[] bytes) => new(bytes, FileReadFailure.None);
    public static FileRead NotFound() => new(null, FileReadFailure.NotFound);
    public static FileRead NotRegular(FileKind kind) => new(null, FileReadFailure.NotRegular, kind);
    public static FileRead OnKernelFileSystem(string fileSystem) => new(null, FileReadFailure.KernelFileSystem, detail: fileSystem);
    public static FileRead TooLarge(long length, long limit) => new(null, FileReadFailure.TooLarge, length: length, limit: limit);
    public static FileRead Replaced() => new(null, FileReadFailure.Replaced);
    public static FileRead Failed(string message) => new(null, FileReadFailure.Failed, detail: message);

    /// <summary>The failure as a tool error about <paramref name="path"/> (as shown to the user); null when the file was read.</summary>
    public Diagnostic? ToError(string path) => Failure switch
    {
        FileReadFailure.None => null,
        FileReadFailure.NotFound => DiagnosticCatalog.PathNotFound(path),
        FileReadFailure.NotRegular => DiagnosticCatalog.NotRegularFile(path, Kind.Describe()),
        FileReadFailure.KernelFileSystem => DiagnosticCatalog.KernelFileSystem(path, Detail!),
        FileReadFailure.TooLarge => DiagnosticCatalog.ReadFailed(path,
            string.Create(CultureInfo.InvariantCulture, $"it is larger than the {Limit} bytes negc reads of such a file")),
        FileReadFailure.Replaced => DiagnosticCatalog.ReadFailed(path, "it was replaced by another file while negc was reading the folder"),
        _ => DiagnosticCatalog.ReadFailed(path, Detail ?? "unknown error"),
    };
}
