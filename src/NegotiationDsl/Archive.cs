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
    private readonly Lazy<BindingResult> _binding;
    private readonly Dictionary<string, Compilation> _byFolder;

    private Archive(string root, ImmutableArray<SyntaxTree> syntaxTrees, CompilationOptions options)
    {
        Root = ArchivePaths.Normalize(root);
        SyntaxTrees = syntaxTrees;
        Options = options;
        _binding = new Lazy<BindingResult>(BindAndReleaseTrees, LazyThreadSafetyMode.ExecutionAndPublication);
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
            if (SyntaxTrees[i].FilePath == tree.FilePath) return new Archive(Root, SyntaxTrees.SetItem(i, tree), Options);
        }

        return new Archive(Root, SyntaxTrees.Add(tree), Options);
    }

    public Archive WithOptions(CompilationOptions options) => new(Root, SyntaxTrees, options);

    /// <summary>Every folder's diagnostics, folder by folder.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => Compilations.SelectMany(compilation => compilation.GetDiagnostics()).ToImmutableArray();

    private BindingResult BindAndReleaseTrees()
    {
        var binding = Binder.Bind(SyntaxTrees, Root);
        foreach (var tree in SyntaxTrees) tree.ReleaseRoot();
        return binding;
    }
}
