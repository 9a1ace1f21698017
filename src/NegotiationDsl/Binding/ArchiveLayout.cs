using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// Which namespace (folder) each file is in, and what each file's uses name. Outside an archive every file
/// shares one namespace, as a compilation always did, and a use is an error; inside one, each folder is a
/// namespace of its own and a use names another folder or one file (docs/language.md, "Archives").
/// An edit that leaves a file's uses as they were makes a new layout that shares everything with the one before
/// but the edited folder's list of files (<see cref="WithTree"/>), so an edit costs no work per file or folder of the archive.
/// </summary>
internal sealed class ArchiveLayout
{
    /// <summary>The one namespace of a compilation that is no archive.</summary>
    public const string StandaloneFolder = "";
    private static long s_versions;

    // Keyed by the files' paths, not their trees, so a layout made by an edit shares them: an archive's files have distinct paths.
    private readonly Dictionary<string, string> _folderByPath;
    private readonly Dictionary<string, string> _pathByNormalizedPath;
    private readonly Dictionary<string, UseTarget[]> _targets;
    private readonly HashSet<string> _pathsWithDiagnostics;
    private readonly SnapshotMap<FolderFiles> _treesByFolder;

    private ArchiveLayout(string? root, ImmutableArray<SyntaxTree> trees)
    {
        Version = Interlocked.Increment(ref s_versions);
        Root = root is null ? null : ArchivePaths.Normalize(root);
        _folderByPath = new Dictionary<string, string>(trees.Length, StringComparer.Ordinal);
        _pathByNormalizedPath = new Dictionary<string, string>(trees.Length, StringComparer.Ordinal);
        var folders = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var folder = Root is null ? StandaloneFolder : ArchivePaths.FolderOf(tree.FilePath);
            _folderByPath[tree.FilePath] = folder;
            _pathByNormalizedPath[ArchivePaths.Normalize(tree.FilePath)] = tree.FilePath;
            if (!folders.TryGetValue(folder, out var list)) folders[folder] = list = new List<SyntaxTree>();
            list.Add(tree);
        }

        // A compilation without files is still one namespace, with nothing in it.
        if (Root is null && !folders.ContainsKey(StandaloneFolder)) folders[StandaloneFolder] = new List<SyntaxTree>();
        Folders = folders.Keys.OrderBy(folder => folder, StringComparer.Ordinal).ToImmutableArray();
        var files = new Dictionary<string, FolderFiles>(folders.Count, StringComparer.Ordinal);
        foreach (var pair in folders) files[pair.Key] = new FolderFiles(pair.Value.ToImmutableArray());
        _treesByFolder = new SnapshotMap<FolderFiles>(files);

        var diagnostics = new List<Diagnostic>();
        var uses = new UseResolver(this, trees, diagnostics).Resolve();
        _targets = new Dictionary<string, UseTarget[]>(uses.Count, StringComparer.Ordinal);
        foreach (var pair in uses)
        {
            if (pair.Value.Count > 0) _targets[pair.Key.FilePath] = pair.Value.Select(use => new UseTarget(use.Index, use.Folder, use.File?.FilePath)).ToArray();
        }

        Diagnostics = diagnostics.ToImmutableArray();
        _pathsWithDiagnostics = new HashSet<string>(Diagnostics.Select(diagnostic => diagnostic.Location.FilePath), StringComparer.Ordinal);
        Graph = new FolderGraph(Folders, folder => TreesOf(folder).SelectMany(TargetsOf).Select(target => target.Folder));
    }

    /// <summary>A layout with one tree replaced: all of it is shared with <paramref name="before"/> but the folder's list of files.</summary>
    private ArchiveLayout(ArchiveLayout before, string folder, ImmutableArray<SyntaxTree> trees)
    {
        Version = Interlocked.Increment(ref s_versions);
        DerivedFrom = before.Version;
        ChangedFolder = folder;
        Root = before.Root;
        Folders = before.Folders;
        Diagnostics = before.Diagnostics;
        Graph = before.Graph;
        _folderByPath = before._folderByPath;
        _pathByNormalizedPath = before._pathByNormalizedPath;
        _targets = before._targets;
        _pathsWithDiagnostics = before._pathsWithDiagnostics;
        _treesByFolder = before._treesByFolder.SetItems(new Dictionary<string, FolderFiles>(StringComparer.Ordinal) { [folder] = new FolderFiles(trees) });
    }

    /// <summary>The archive's root folder, or null outside an archive.</summary>
    public string? Root { get; }

    /// <summary>Every namespace, in ordinal order.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>The files of <paramref name="folder"/>, in the order the archive lists them.</summary>
    public ImmutableArray<SyntaxTree> TreesOf(string folder) => _treesByFolder[folder].Trees;

    /// <summary>Whether <paramref name="folder"/> is a folder with records (of this archive, or the one namespace outside one).</summary>
    public bool Contains(string folder) => _treesByFolder.ContainsKey(folder);

    public bool TryGetTrees(string folder, out ImmutableArray<SyntaxTree> trees)
    {
        var found = _treesByFolder.TryGetValue(folder, out var files);
        trees = found ? files.Trees : default;
        return found;
    }

    /// <summary>Which folders each folder uses and is used by.</summary>
    public FolderGraph Graph { get; }

    /// <summary>What is wrong with the uses: paths that name nothing or lead outside the archive, cycles.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Tells this layout from every other one made in this process.</summary>
    public long Version { get; }

    /// <summary>The <see cref="Version"/> of the layout this one was made from by <see cref="WithTree"/>, else 0.</summary>
    public long DerivedFrom { get; }

    /// <summary>The folder whose file <see cref="WithTree"/> replaced, else null.</summary>
    public string? ChangedFolder { get; }

    public static ArchiveLayout Create(ImmutableArray<SyntaxTree> trees, string? root) => new(root, trees);

    /// <summary>
    /// The layout with <paramref name="old"/> replaced by <paramref name="replacement"/> (same path), made without looking
    /// at any other file; or null when the replacement's uses differ from the old tree's, or the old tree's uses had
    /// something wrong with them: then the uses of the whole archive are resolved again (<see cref="Create"/>).
    /// </summary>
    public ArchiveLayout? WithTree(SyntaxTree old, SyntaxTree replacement)
    {
        if (Root is null || old.FilePath != replacement.FilePath || !_folderByPath.TryGetValue(old.FilePath, out var folder) ||
            _pathsWithDiagnostics.Contains(old.FilePath) || !SameUses(WrittenUse.Of(old), WrittenUse.Of(replacement)))
            return null;
        var trees = TreesOf(folder);
        var index = trees.IndexOf(old);
        return index < 0 ? null : new ArchiveLayout(this, folder, trees.SetItem(index, replacement));
    }

    public string FolderOf(SyntaxTree tree) => _folderByPath[tree.FilePath];

    /// <summary>The tree of the archive's file at <paramref name="filePath"/> (as the host names it), or null.</summary>
    public SyntaxTree? TreeAt(string filePath)
    {
        if (!_folderByPath.TryGetValue(filePath, out var folder)) return null;
        foreach (var tree in TreesOf(folder))
        {
            if (tree.FilePath == filePath) return tree;
        }

        return null;
    }

    /// <summary>The uses of <paramref name="tree"/> that name a folder or file of the archive, without those that close a cycle.</summary>
    public ImmutableArray<ResolvedUse> UsesOf(SyntaxTree tree)
    {
        var targets = TargetsOf(tree);
        if (targets.Length == 0) return ImmutableArray<ResolvedUse>.Empty;
        var written = WrittenUse.Of(tree);
        var uses = ImmutableArray.CreateBuilder<ResolvedUse>(targets.Length);
        foreach (var target in targets)
        {
            var use = Array.Find(written, candidate => candidate.Index == target.Index)!;
            uses.Add(new ResolvedUse(tree, use, target.Folder, target.FilePath is { } file ? TreeAt(file) : null));
        }

        return uses.MoveToImmutable();
    }

    /// <summary>Whether the files of <paramref name="folder"/> are those of <paramref name="other"/> and their uses name the same folders and files.</summary>
    public bool SameFilesAndUses(string folder, ArchiveLayout other)
    {
        if (!other.TryGetTrees(folder, out var theirs) || !theirs.SequenceEqual(TreesOf(folder))) return false;
        foreach (var tree in theirs)
        {
            if (!TargetsOf(tree).SequenceEqual(other.TargetsOf(tree))) return false;
        }

        return true;
    }

    public bool TryGetFile(string path, out SyntaxTree tree)
    {
        tree = _pathByNormalizedPath.TryGetValue(path, out var filePath) ? TreeAt(filePath)! : null!;
        return tree is not null;
    }

    /// <summary>How <paramref name="folder"/> is named in messages: relative to the archive root.</summary>
    public string Display(string folder) => Root is null || folder == Root ? folder : ArchivePaths.Relative(Root, folder);

    private UseTarget[] TargetsOf(SyntaxTree tree) => _targets.TryGetValue(tree.FilePath, out var targets) ? targets : Array.Empty<UseTarget>();

    private static bool SameUses(WrittenUse[] before, WrittenUse[] after)
    {
        if (before.Length != after.Length) return false;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i].Index != after[i].Index || before[i].Path != after[i].Path || before[i].Alias != after[i].Alias) return false;
        }

        return true;
    }
}

/// <summary>What a use resolved to: the folder, and the file's path for a use of one file.</summary>
internal sealed record UseTarget(int Index, string Folder, string? FilePath);

/// <summary>The files of one folder (a class, so that maps of folders hold no generic code over structs).</summary>
internal sealed class FolderFiles(ImmutableArray<SyntaxTree> trees)
{
    public ImmutableArray<SyntaxTree> Trees { get; } = trees;
}

/// <summary>A use that names a folder (<see cref="File"/> null) or one file of the archive.</summary>
internal sealed record ResolvedUse(SyntaxTree Tree, WrittenUse Use, string Folder, SyntaxTree? File)
{
    public string? Alias => Use.Alias;

    public string Written => Use.Path;

    public int Index => Use.Index;

    public Diagnostics.Location Location => new(Tree.Text, Use.Span);
}
