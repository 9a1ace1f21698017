using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// How the workspace makes a compilation or an archive from its documents: the one it has when the trees are the
/// same; that one with the changed trees swapped in when they are few (an edit); a new one otherwise (a file left,
/// the options changed, or many files came in at once, where each swap would cost a pass over every tree).
/// Binding is lazy, so however it was made, the result is bound once, when first asked. The trees come in any
/// order; a new compilation or archive takes them in path order.
/// </summary>
internal static class SnapshotRenewal
{
    private const int MostSwaps = 16;

    public static Compilation Renew(Compilation? cached, IReadOnlyList<SyntaxTree> trees, CompilationOptions options) =>
        Renew(cached, cached?.SyntaxTrees ?? default, cached?.Options, trees, options, static (compilation, tree) => compilation.WithSyntaxTree(tree), () => Compilation.Create(InPathOrder(trees), options));

    public static Archive Renew(Archive? cached, string root, IReadOnlyList<SyntaxTree> trees, CompilationOptions options) =>
        Renew(cached, cached?.SyntaxTrees ?? default, cached?.Options, trees, options, static (archive, tree) => archive.WithSyntaxTree(tree), () => Archive.Create(root, InPathOrder(trees), options));

    private static IEnumerable<SyntaxTree> InPathOrder(IReadOnlyList<SyntaxTree> trees) => trees.OrderBy(tree => tree.FilePath, StringComparer.Ordinal);

    private static T Renew<T>(T? cached, ImmutableArray<SyntaxTree> cachedTrees, CompilationOptions? cachedOptions, IReadOnlyList<SyntaxTree> trees, CompilationOptions options,
        Func<T, SyntaxTree, T> swap, Func<T> create)
        where T : class
    {
        if (cached is null || cachedOptions != options) return create();
        var paths = trees.Select(tree => tree.FilePath).ToHashSet(StringComparer.Ordinal);
        if (cachedTrees.Any(tree => !paths.Contains(tree.FilePath))) return create();
        var known = cachedTrees.ToHashSet();
        var changed = trees.Where(tree => !known.Contains(tree)).ToList();
        if (changed.Count > MostSwaps) return create();
        foreach (var tree in changed) cached = swap(cached, tree);
        return cached;
    }
}
