using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl;

/// <summary>
/// The records of an archive (every folder under the folder that holds <c>negarchive.json</c>), bound together
/// once: each folder is a namespace of its own and sees other folders only through its files' uses, while a
/// commitment settled in one folder is settled wherever it is looked at. Each folder is offered as a
/// <see cref="Compilation"/> of its own, so every tool works on a folder of an archive as on any folder.
/// </summary>
public sealed class Archive
{
    private readonly Lazy<ArchiveBinding> _binding;
    private readonly Dictionary<string, Compilation> _byFolder;

    // previous: the snapshot this one was made from by an edit; its folders' results are shared where the edit cannot change them.
    private Archive(string root, ImmutableArray<SyntaxTree> syntaxTrees, CompilationOptions options, Archive? previous = null)
    {
        Root = ArchivePaths.Normalize(root);
        SyntaxTrees = syntaxTrees;
        Options = options;
        // Only a snapshot that was bound has anything to share; an unbound one would only be bound for nothing.
        var before = previous is not null && previous.Options == options && previous._binding.IsValueCreated ? previous._binding.Value : null;
        _binding = new Lazy<ArchiveBinding>(() => ArchiveBinding.Bind(SyntaxTrees, Root, before), LazyThreadSafetyMode.ExecutionAndPublication);
        _byFolder = syntaxTrees.GroupBy(tree => ArchivePaths.FolderOf(tree.FilePath), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Compilation(this, group.Key, group.ToImmutableArray(), _binding), StringComparer.Ordinal);
        Compilations = _byFolder.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).ToImmutableArray();
    }

    /// <summary>The folder that holds <c>negarchive.json</c>, named the way the files' paths are.</summary>
    public string Root { get; }

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public CompilationOptions Options { get; }

    /// <summary>One per folder with records, in the ordinal order of the folders' paths.</summary>
    public ImmutableArray<Compilation> Compilations { get; }

    public static Archive Create(string root, IEnumerable<SyntaxTree> syntaxTrees, CompilationOptions? options = null) =>
        new(root, syntaxTrees.ToImmutableArray(), options ?? CompilationOptions.Default);

    /// <summary>The compilation of <paramref name="folder"/>, or null when it holds no records of the archive.</summary>
    public Compilation? GetCompilation(string folder) => _byFolder.TryGetValue(ArchivePaths.Normalize(folder), out var compilation) ? compilation : null;

    /// <summary>The compilation of the folder <paramref name="tree"/> is in.</summary>
    public Compilation? GetCompilation(SyntaxTree tree) => GetCompilation(ArchivePaths.FolderOf(tree.FilePath));

    /// <summary>The folder <paramref name="symbol"/> is declared in, relative to <see cref="Root"/> (<c>geneva-2022</c>): what ids of other folders' symbols start with.</summary>
    public string RelativeFolderOf(Symbols.Symbol symbol) => ArchivePaths.Relative(Root, ArchivePaths.FolderOf(symbol.SyntaxTree.FilePath));

    /// <summary>The compilation of the folder <paramref name="symbol"/> is declared in.</summary>
    public Compilation? GetCompilation(Symbols.Symbol symbol) => GetCompilation(symbol.SyntaxTree);

    /// <summary>A new archive with one tree replaced or added; this one is unchanged.</summary>
    public Archive WithSyntaxTree(SyntaxTree tree)
    {
        for (var i = 0; i < SyntaxTrees.Length; i++)
        {
            if (SyntaxTrees[i].FilePath == tree.FilePath) return new Archive(Root, SyntaxTrees.SetItem(i, tree), Options, this);
        }

        return new Archive(Root, SyntaxTrees.Add(tree), Options, this);
    }

    public Archive WithOptions(CompilationOptions options) => new(Root, SyntaxTrees, options);

    /// <summary>Every folder's diagnostics, folder by folder.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => Compilations.SelectMany(compilation => compilation.GetDiagnostics()).ToImmutableArray();

    /// <summary>How many folders binding this snapshot bound (the others' results came from the snapshot it was made from).</summary>
    internal int ReboundFolders => _binding.Value.Rebound;
}
