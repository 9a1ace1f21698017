using System;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Emit;

namespace NegotiationDsl.Generator;

/// <summary>
/// The .neg files of one folder: one compilation, one generated model, with the names the run's table gave it.
/// Equal when every file and the names are equal.
/// </summary>
internal sealed class NegFolder : IEquatable<NegFolder>
{
    public NegFolder(string folder, ImmutableArray<NegFile> files, GeneratedNames names)
    {
        Folder = folder;
        Files = files;
        Names = names;
    }

    public string Folder { get; }
    public ImmutableArray<NegFile> Files { get; }
    public GeneratedNames Names { get; }

    public bool Equals(NegFolder? other) => other is not null && Folder == other.Folder && Names == other.Names && Files.SequenceEqual(other.Files);
    public override bool Equals(object? obj) => Equals(obj as NegFolder);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Folder) ^ Files.Length;
}
