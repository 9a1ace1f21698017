using System.Text;
using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Text;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// One input of a campaign: bytes (read as negc reads a file, invalid UTF-8 included) or text (given as the
/// language server and the library API get it, lone surrogates included).
/// </summary>
internal sealed record FuzzInput(long Index, InputKind Kind, byte[]? Bytes, string? Text)
{
    public SourceText ToSourceText() => Bytes is not null ? SourceText.From(Bytes, PipelineOracle.FilePath) : SourceText.From(Text!, PipelineOracle.FilePath);

    /// <summary>The input as a file (text as UTF-8: a lone surrogate becomes U+FFFD there; replay by index keeps it).</summary>
    public byte[] ToFileBytes() => Bytes ?? Encoding.UTF8.GetBytes(Text!);

    public int Length => Bytes?.Length ?? Text!.Length;
}

internal enum InputKind
{
    /// <summary>A program from the grammar: it must parse without a syntax diagnostic.</summary>
    Generated,
    ByteMutation,
    TokenMutation,
    RandomText,
}
