using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// A folder is one compilation; inside an archive (a folder above with negarchive.json) the whole archive is bound
/// together and each of its folders offered as a compilation (<see cref="Archive"/>). Otherwise: the files of each folder are compiled together (names declared in one
/// file are visible in the others), and folders are compiled separately. Files given one by one are
/// grouped by their folder the same way.
/// </summary>
internal sealed class CompilationSet
{
    private CompilationSet(ImmutableArray<Compilation> compilations, ImmutableArray<Archive> wholeArchives, IReadOnlyList<Diagnostic> errors, int fileCount)
    {
        Compilations = compilations;
        WholeArchives = wholeArchives;
        Errors = errors;
        FileCount = fileCount;
    }

    public ImmutableArray<Compilation> Compilations { get; }

    /// <summary>The archives whose root folder was among the paths given (their reports include the archive's own pages).</summary>
    public ImmutableArray<Archive> WholeArchives { get; }

    /// <summary>Usage and I/O errors (missing paths, unreadable files, invalid configuration).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }
    public int FileCount { get; }

    public static CompilationSet Load(IEnumerable<string> paths, bool withUsedFolders = false) => Load(paths, DiskFileSystem.Instance, withUsedFolders);

    /// <param name="withUsedFolders">Inside an archive, also offer the folders the offered ones use, and theirs (a model refers to their models).</param>
    public static CompilationSet Load(IEnumerable<string> paths, IInputFileSystem files, bool withUsedFolders = false)
    {
        var boundary = new ConfigBoundary(files);
        var standalone = new List<string>();
        var archives = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (ArchiveRoot.Find(files, boundary, path) is { } root)
            {
                if (!archives.TryGetValue(root, out var requested)) archives[root] = requested = new List<string>();
                requested.Add(path);
            }
            else standalone.Add(path);
        }

        var compilations = ImmutableArray.CreateBuilder<Compilation>();
        var wholeArchives = ImmutableArray.CreateBuilder<Archive>();
        var errors = new List<Diagnostic>();
        if (standalone.Count > 0 || archives.Count == 0) LoadFolders(standalone, files, compilations, errors);
        foreach (var archive in archives.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            var loaded = LoadArchive(archive.Key, archive.Value, files, compilations, errors);
            if (archive.Value.Any(path => InputRoot.SamePath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), archive.Key))) wholeArchives.Add(loaded);
        }

        if (withUsedFolders) AddUsedFolders(compilations);
        return new CompilationSet(compilations.ToImmutable(), wholeArchives.ToImmutable(), errors, compilations.Sum(compilation => compilation.SyntaxTrees.Length));
    }

    /// <summary>Records outside any archive: each folder is a compilation of its own.</summary>
    private static void LoadFolders(List<string> paths, IInputFileSystem files, ImmutableArray<Compilation>.Builder compilations, List<Diagnostic> errors)
    {
        var collected = SourceFileCollector.Collect(paths, files);
        var (trees, readErrors) = SourceLoader.Load(collected.Files, files);
        errors.AddRange(collected.Errors.Concat(readErrors));
        var options = NegConfig.LoadOptions(trees, errors, files);
        compilations.AddRange(trees
            .GroupBy(tree => Path.GetDirectoryName(Path.GetFullPath(tree.FilePath)) ?? "", System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => Compilation.Create(group, options)));
    }

    /// <summary>
    /// Records inside an archive: the whole archive is read and bound (what a commitment's state is depends on
    /// every folder that uses it), and the folders at or below the paths given are the compilations offered.
    /// </summary>
    private static Archive LoadArchive(string root, List<string> requested, IInputFileSystem files, ImmutableArray<Compilation>.Builder compilations, List<Diagnostic> errors)
    {
        ArchiveRoot.Read(files, root, errors);
        var collected = SourceFileCollector.Collect([root], files);
        // Paths as diagnostics show them, but all of one kind: relative to the working folder when the archive is
        // below it, absolute otherwise, so that a use's path can be resolved by combining text.
        var below = RelativePath.Below(Directory.GetCurrentDirectory(), root) is not null;
        var (trees, readErrors) = SourceLoader.Load(collected.Files, files, below ? SourceFileCollector.DisplayPath : Path.GetFullPath);
        errors.AddRange(collected.Errors.Concat(readErrors));
        var options = NegConfig.LoadOptions(trees, errors, files);
        var archive = Archive.Create(below ? SourceFileCollector.DisplayPath(root) : root, trees, options);
        foreach (var path in requested)
        {
            if (SourceFileCollector.StatusOfGiven(files, path, out var missing) is not { } status)
            {
                errors.Add(missing!);
                continue;
            }

            var full = Path.GetFullPath(path);
            var found = status.Kind == FileKind.Folder
                ? archive.Compilations.Where(compilation => RelativePath.Below(full, Path.GetFullPath(compilation.Folder!)) is not null).ToList()
                : archive.SyntaxTrees.Where(tree => InputRoot.SamePath(Path.GetFullPath(tree.FilePath), full)).Select(tree => archive.GetCompilation(tree)!).ToList();
            // A file given that is not one of the archive's records (not a .neg, refused, in bin/) gives nothing to work on.
            if (found.Count == 0) errors.Add(DiagnosticCatalog.NoInput(path));
            foreach (var compilation in found)
            {
                if (!compilations.Contains(compilation)) compilations.Add(compilation);
            }
        }

        return archive;
    }

    private static void AddUsedFolders(ImmutableArray<Compilation>.Builder compilations)
    {
        for (var i = 0; i < compilations.Count; i++)
        {
            foreach (var used in compilations[i].UsedCompilations)
            {
                if (!compilations.Contains(used)) compilations.Add(used);
            }
        }
    }

    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        Compilations.SelectMany(compilation => compilation.GetDiagnostics()).ToImmutableArray();

    public IEnumerable<SyntaxTree> SyntaxTrees => Compilations.SelectMany(compilation => compilation.SyntaxTrees);
}
