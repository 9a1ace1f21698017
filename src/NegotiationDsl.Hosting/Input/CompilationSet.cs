using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// A folder is one compilation: the files of each folder are compiled together (names declared in one
/// file are visible in the others), and folders are compiled separately. Files given one by one are
/// grouped by their folder the same way.
/// </summary>
internal sealed class CompilationSet
{
    private CompilationSet(ImmutableArray<Compilation> compilations, IReadOnlyList<Diagnostic> errors, int fileCount)
    {
        Compilations = compilations;
        Errors = errors;
        FileCount = fileCount;
    }

    public ImmutableArray<Compilation> Compilations { get; }

    /// <summary>Usage and I/O errors (missing paths, unreadable files, invalid configuration).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }
    public int FileCount { get; }

    public static CompilationSet Load(IEnumerable<string> paths) => Load(paths, DiskFileSystem.Instance);

    public static CompilationSet Load(IEnumerable<string> paths, IInputFileSystem files)
    {
        var collected = SourceFileCollector.Collect(paths, files);
        var (trees, readErrors) = SourceLoader.Load(collected.Files, files);
        var errors = collected.Errors.Concat(readErrors).ToList();
        var options = NegConfig.LoadOptions(trees, errors, files);
        var compilations = trees
            .GroupBy(tree => Path.GetDirectoryName(Path.GetFullPath(tree.FilePath)) ?? "", System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => Compilation.Create(group, options))
            .ToImmutableArray();
        return new CompilationSet(compilations, errors, trees.Count);
    }

    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        Compilations.SelectMany(compilation => compilation.GetDiagnostics()).ToImmutableArray();

    public IEnumerable<SyntaxTree> SyntaxTrees => Compilations.SelectMany(compilation => compilation.SyntaxTrees);
}
