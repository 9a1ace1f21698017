using System;
using System.IO;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// One hostile input: how to write it, the diagnostic negc must give for it (code, line, column of
/// <c>record.neg</c>), and the bounds it must stay within as a published Release build on a 2-core machine.
/// </summary>
/// <param name="Environment">Extra environment for negc (NAME=VALUE), e.g. a raised file size limit.</param>
public sealed record HostileCase(
    string Name,
    string Description,
    Action<Stream> Write,
    string Code,
    int Line,
    int Column,
    double MaxSeconds,
    int MaxMegabytes,
    string? Environment = null)
{
    /// <summary>The diagnostic as negc prints it, after the file's path.</summary>
    public string ExpectedDiagnostic => $"({Line},{Column}): error {Code}:";

    /// <summary>Writes the input as <c>record.neg</c> into a new folder of its own and returns the folder.</summary>
    public string WriteInto(string parent)
    {
        var folder = Path.Combine(parent, Name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        using var stream = new BufferedStream(File.Create(Path.Combine(folder, "record.neg")), 1 << 16);
        Write(stream);
        return folder;
    }

    public override string ToString() => Name;
}
