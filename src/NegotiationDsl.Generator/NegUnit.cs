using System;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Generator;

/// <summary>
/// What is bound together: a folder outside any archive, or an archive with the folders whose nearest archive it is.
/// A folder of an archive is bound with every file under the archive's root (a commitment's state depends on the
/// folders that use it), so the unit changes when any of those files does; equal when all of it is equal.
/// </summary>
internal sealed class NegUnit : IEquatable<NegUnit>
{
    public NegUnit(string? archiveRoot, ImmutableArray<NegFolder> folders, ImmutableArray<NegFolder> archiveFolders)
    {
        ArchiveRoot = archiveRoot;
        Folders = folders;
        ArchiveFolders = archiveFolders;
    }

    /// <summary>The folder that holds negarchive.json, or null for a folder bound on its own.</summary>
    public string? ArchiveRoot { get; }

    /// <summary>The folders that get a model from this unit: the one folder, or the archive's own folders.</summary>
    public ImmutableArray<NegFolder> Folders { get; }

    /// <summary>Every folder under the archive's root, nested archives' too, with its names (empty outside an archive).</summary>
    public ImmutableArray<NegFolder> ArchiveFolders { get; }

    public bool Equals(NegUnit? other) => other is not null && ArchiveRoot == other.ArchiveRoot &&
        Folders.SequenceEqual(other.Folders) && ArchiveFolders.SequenceEqual(other.ArchiveFolders);
    public override bool Equals(object? obj) => Equals(obj as NegUnit);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ArchiveRoot ?? Folders[0].Folder) ^ Folders.Length;
}
