using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Text;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// One input of a campaign: bytes (read as negc reads a file, invalid UTF-8 included), text (given as the language
/// server and the library API get it, lone surrogates included), or the files of an archive (written to a folder and
/// read as negc reads one).
/// </summary>
internal sealed record FuzzInput(long Index, InputKind Kind, byte[]? Bytes, string? Text, IReadOnlyList<ArchiveFile>? Files = null)
{
    public SourceText ToSourceText() => Bytes is not null ? SourceText.From(Bytes, PipelineOracle.FilePath) : SourceText.From(Text!, PipelineOracle.FilePath);

    /// <summary>The input as a file (text as UTF-8: a lone surrogate becomes U+FFFD there; replay by index keeps it); an archive's files one after the other, each after its path.</summary>
    public byte[] ToFileBytes() => Files is not null ? Files.SelectMany(file => Encoding.UTF8.GetBytes("\n//// " + file.Path + "\n").Concat(file.Bytes)).ToArray()
        : Bytes ?? Encoding.UTF8.GetBytes(Text!);

    public int Length => Files?.Sum(file => file.Bytes.Length) ?? Bytes?.Length ?? Text!.Length;
}

/// <summary>A file of an archive input: its path from the archive's root ('/' between steps) and its bytes.</summary>
internal sealed record ArchiveFile(string Path, byte[] Bytes);

internal enum InputKind
{
    /// <summary>A program from the grammar: it must parse without a syntax diagnostic.</summary>
    Generated,
    ByteMutation,
    TokenMutation,
    RandomText,

    /// <summary>An archive of generated programs (<see cref="Generation.ArchiveGenerator"/>): each must parse without a syntax diagnostic.</summary>
    Archive,

    /// <summary>The same with one file mutated: a record by its tokens, or now and then negarchive.json by its bytes.</summary>
    ArchiveMutation,
}
