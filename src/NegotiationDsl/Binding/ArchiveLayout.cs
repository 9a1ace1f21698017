using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// Which namespace (folder) each file is in, and what each file's uses name. Outside an archive every file
/// shares one namespace, as a compilation always did, and a use is an error; inside one, each folder is a
/// namespace of its own and a use names another folder or one file (docs/language.md, "Archives").
/// </summary>
internal sealed class ArchiveLayout
{
    /// <summary>The one namespace of a compilation that is no archive.</summary>
    public const string StandaloneFolder = "";
    private readonly Dictionary<SyntaxTree, string> _folderOf;
    private readonly Dictionary<string, SyntaxTree> _files;
    private readonly Dictionary<SyntaxTree, ImmutableArray<ResolvedUse>> _uses;

    private ArchiveLayout(string? root, ImmutableArray<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        Root = root is null ? null : ArchivePaths.Normalize(root);
        _folderOf = new Dictionary<SyntaxTree, string>(trees.Length);
        _files = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        var folders = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var folder = Root is null ? StandaloneFolder : ArchivePaths.FolderOf(tree.FilePath);
            _folderOf[tree] = folder;
            _files[ArchivePaths.Normalize(tree.FilePath)] = tree;
            if (!folders.TryGetValue(folder, out var list)) folders[folder] = list = new List<SyntaxTree>();
            list.Add(tree);
        }

        // A compilation without files is still one namespace, with nothing in it.
        if (Root is null && !folders.ContainsKey(StandaloneFolder)) folders[StandaloneFolder] = new List<SyntaxTree>();
        Folders = folders.Keys.OrderBy(folder => folder, StringComparer.Ordinal).ToImmutableArray();
        TreesByFolder = folders.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray(), StringComparer.Ordinal);
        _uses = new UseResolver(this, trees, diagnostics).Resolve();
    }

    /// <summary>The archive's root folder, or null outside an archive.</summary>
    public string? Root { get; }

    /// <summary>Every namespace, in ordinal order.</summary>
    public ImmutableArray<string> Folders { get; }

    public IReadOnlyDictionary<string, ImmutableArray<SyntaxTree>> TreesByFolder { get; }

    public static ArchiveLayout Create(ImmutableArray<SyntaxTree> trees, string? root, List<Diagnostic> diagnostics) => new(root, trees, diagnostics);

    public string FolderOf(SyntaxTree tree) => _folderOf[tree];

    /// <summary>The uses of <paramref name="tree"/> that name a folder or file of the archive, without those that close a cycle.</summary>
    public ImmutableArray<ResolvedUse> UsesOf(SyntaxTree tree) => _uses.TryGetValue(tree, out var uses) ? uses : ImmutableArray<ResolvedUse>.Empty;

    public bool TryGetFile(string path, out SyntaxTree tree) => _files.TryGetValue(path, out tree!);

    /// <summary>How <paramref name="folder"/> is named in messages: relative to the archive root.</summary>
    public string Display(string folder) => Root is null || folder == Root ? folder : ArchivePaths.Relative(Root, folder);
}

/// <summary>A use that names a folder (<see cref="File"/> null) or one file of the archive.</summary>
internal sealed record ResolvedUse(SyntaxTree Tree, WrittenUse Use, string Folder, SyntaxTree? File)
{
    public string? Alias => Use.Alias;

    public string Written => Use.Path;

    public int Index => Use.Index;

    public Diagnostics.Location Location => new(Tree.Text, Use.Span);

    /// <summary>What the use resolved to, comparable across snapshots: the folder, and the file's path for a file use.</summary>
    public string Target => File is null ? Folder : Folder + "|" + File.FilePath;
}
