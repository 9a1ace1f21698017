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
    public NegFolder(string folder, ImmutableArray<NegFile> files, GeneratedNames names, NegArchive? archive = null)
    {
        Folder = folder;
        Files = files;
        Names = names;
        Archive = archive;
    }

    /// <summary>The archive the folder belongs to (a folder above it holds negarchive.json among the AdditionalFiles), or null.</summary>
    public NegArchive? Archive { get; }

    public string Folder { get; }
    public ImmutableArray<NegFile> Files { get; }
    public GeneratedNames Names { get; }

    public bool Equals(NegFolder? other) => other is not null && Folder == other.Folder && Names == other.Names && Files.SequenceEqual(other.Files) && Equals(Archive, other.Archive);
    public override bool Equals(object? obj) => Equals(obj as NegFolder);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Folder) ^ Files.Length;
}

/// <summary>
/// Every file of an archive and each folder's class name: a folder of an archive is bound with the whole archive
/// (a commitment's state depends on the folders that use it), so its model changes when any file of it does.
/// </summary>
internal sealed class NegArchive : IEquatable<NegArchive>
{
    public NegArchive(string root, ImmutableArray<NegFile> files, ImmutableDictionary<string, string> classNames)
    {
        Root = root;
        Files = files;
        ClassNames = classNames;
    }

    public string Root { get; }
    public ImmutableArray<NegFile> Files { get; }

    /// <summary>Each folder's model class, by folder.</summary>
    public ImmutableDictionary<string, string> ClassNames { get; }

    public bool Equals(NegArchive? other) => other is not null && Root == other.Root && Files.SequenceEqual(other.Files) &&
        ClassNames.Count == other.ClassNames.Count && ClassNames.All(pair => other.ClassNames.TryGetValue(pair.Key, out var name) && name == pair.Value);
    public override bool Equals(object? obj) => Equals(obj as NegArchive);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Root) ^ Files.Length;
}
