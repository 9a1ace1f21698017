using System;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Generator;

/// <summary>The .neg files of one folder: one compilation, one generated model. Equal when every file is equal.</summary>
internal sealed class NegFolder : IEquatable<NegFolder>
{
    public NegFolder(string folder, ImmutableArray<NegFile> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }
    public ImmutableArray<NegFile> Files { get; }

    public bool Equals(NegFolder? other) => other is not null && Folder == other.Folder && Files.SequenceEqual(other.Files);
    public override bool Equals(object? obj) => Equals(obj as NegFolder);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Folder) ^ Files.Length;
}
