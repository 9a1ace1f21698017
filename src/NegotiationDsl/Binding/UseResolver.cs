using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// Resolves every file's uses to folders and files of the archive and cuts cycles of uses: each use that closes
/// one is reported where it is written and ignored, so the uses that remain go one way.
/// </summary>
internal sealed class UseResolver(ArchiveLayout layout, ImmutableArray<SyntaxTree> trees, List<Diagnostic> diagnostics)
{
    private Dictionary<string, (Dictionary<string, string> ByName, NameSuggestions Names)>? _siblings;

    public Dictionary<SyntaxTree, List<ResolvedUse>> Resolve()
    {
        var uses = new Dictionary<SyntaxTree, List<ResolvedUse>>();
        foreach (var tree in trees)
        {
            foreach (var use in WrittenUse.Of(tree))
            {
                if (ResolveOne(tree, use) is { } resolved)
                {
                    if (!uses.TryGetValue(tree, out var list)) uses[tree] = list = new List<ResolvedUse>();
                    list.Add(resolved);
                }
            }
        }

        CutCycles(uses);
        return uses;
    }

    private ResolvedUse? ResolveOne(SyntaxTree tree, WrittenUse use)
    {
        var location = new Location(tree.Text, use.PathSpan);
        if (layout.Root is not { } root)
        {
            diagnostics.Add(DiagnosticCatalog.UseOutsideArchive(location, path: null));
            return null;
        }

        var written = use.Path;
        var from = layout.FolderOf(tree);
        var target = ArchivePaths.Combine(from, written);
        if (ArchivePaths.IsAbsolute(written) || !ArchivePaths.IsWithin(target, root))
        {
            diagnostics.Add(DiagnosticCatalog.UseOutsideArchive(location, written));
            return null;
        }

        if (layout.Contains(target)) return new ResolvedUse(tree, use, target, File: null);
        if (target.EndsWith(".neg", StringComparison.Ordinal) && layout.TryGetFile(target, out var file))
            return new ResolvedUse(tree, use, layout.FolderOf(file), file);

        diagnostics.Add(DiagnosticCatalog.UsedPathNotFound(location, written, SuggestSibling(from, target)));
        return null;
    }

    /// <summary>The folder next to <paramref name="target"/> whose name is closest to its name, written as from <paramref name="from"/>.</summary>
    private string? SuggestSibling(string from, string target)
    {
        var parent = ArchivePaths.FolderOf(target);
        if (!Siblings().TryGetValue(parent, out var siblings)) return null;
        var except = ArchivePaths.FolderOf(from) == parent ? ArchivePaths.NameOf(from) : null;
        var name = siblings.Names.Suggest(ArchivePaths.NameOf(target), except);
        return name is null ? null : ArchivePaths.Relative(from, siblings.ByName[name]);
    }

    /// <summary>The folders of the archive by the folder they are in: made once, when a use first names nothing, so each such use costs a lookup however many folders there are.</summary>
    private Dictionary<string, (Dictionary<string, string> ByName, NameSuggestions Names)> Siblings() =>
        _siblings ??= layout.Folders.GroupBy(ArchivePaths.FolderOf, StringComparer.Ordinal).ToDictionary(group => group.Key, group =>
        {
            var byName = group.GroupBy(ArchivePaths.NameOf, StringComparer.Ordinal).ToDictionary(named => named.Key, named => named.First(), StringComparer.Ordinal);
            return (byName, new NameSuggestions(() => byName.Keys));
        }, StringComparer.Ordinal);

    /// <summary>
    /// Depth first over folders in ordinal order, with a stack of our own (an archive may chain thousands of
    /// folders); a use whose folder is on the path closes a cycle.
    /// </summary>
    private void CutCycles(Dictionary<SyntaxTree, List<ResolvedUse>> uses)
    {
        var edges = new Dictionary<string, List<ResolvedUse>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            if (!uses.TryGetValue(tree, out var list)) continue;
            var folder = layout.FolderOf(tree);
            if (!edges.TryGetValue(folder, out var out_)) edges[folder] = out_ = new List<ResolvedUse>();
            out_.AddRange(list);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var next = new List<int>();
        var cut = new HashSet<ResolvedUse>();
        foreach (var start in layout.Folders)
        {
            if (done.Contains(start)) continue;
            Enter(start);
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var folder = path[top];
                var links = edges.TryGetValue(folder, out var list) ? list : null;
                if (links is null || next[top] >= links.Count)
                {
                    onPath.Remove(folder);
                    done.Add(folder);
                    path.RemoveAt(top);
                    next.RemoveAt(top);
                    continue;
                }

                var use = links[next[top]++];
                if (onPath.TryGetValue(use.Folder, out var position))
                {
                    cut.Add(use);
                    diagnostics.Add(DiagnosticCatalog.UseCycle(new Location(use.Tree.Text, use.Use.PathSpan), DescribeCycle(path, position, use.Folder)));
                }
                else if (!done.Contains(use.Folder)) Enter(use.Folder);
            }
        }

        foreach (var list in uses.Values) list.RemoveAll(cut.Contains);

        void Enter(string folder)
        {
            onPath[folder] = path.Count;
            path.Add(folder);
            next.Add(0);
        }
    }

    private string DescribeCycle(List<string> path, int position, string closing)
    {
        IEnumerable<string> Steps()
        {
            for (var i = position; i < path.Count; i++) yield return layout.Display(path[i]);
        }

        return DiagnosticCatalog.ListSome(Steps(), path.Count - position, " -> ", quote: "\"") + " -> \"" + DiagnosticCatalog.Shorten(layout.Display(closing)) + "\"";
    }
}
