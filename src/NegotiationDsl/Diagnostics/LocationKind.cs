namespace NegotiationDsl.Diagnostics;

/// <summary>What a <see cref="Location"/> points at.</summary>
public enum LocationKind
{
    /// <summary>Nothing: the problem is about the run (an argument, an internal error), not about a file.</summary>
    None,

    /// <summary>A whole file or folder, without a position in it: one not found, not read, or not written.</summary>
    File,

    /// <summary>A span of a source text.</summary>
    Source,
}
