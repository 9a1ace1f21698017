using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Which folders of an archive use which (as bound: cycles cut), by the workspace's folder keys: what else may read
/// differently when one folder changes. A folder that uses it, directly or through others, sees its names; one it
/// uses, the same way, is told which of its names are used and how its commitments ended. Made again only when a
/// file came, left or changed its uses: an edit of anything else leaves the graph as it was. <see cref="Of"/> writes
/// the graph it returns (it remembers edited files' new trees), so only one thread calls it: the diagnostics
/// publisher's consumer thread, the one that reads the graph too; nothing locks it.
/// </summary>
internal sealed class ArchiveGraph
{
    private readonly Dictionary<string, List<string>> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _usedBy = new(StringComparer.Ordinal);
    // Each file the graph was made from (by path), and its uses as written.
    private readonly Dictionary<string, (SyntaxTree Tree, string Uses)> _files = new(StringComparer.Ordinal);

    private ArchiveGraph(Archive archive)
    {
        foreach (var tree in archive.SyntaxTrees) _files[tree.FilePath] = (tree, UsesOf(tree));
        foreach (var compilation in archive.Compilations)
        {
            var folder = KeyOf(compilation);
            Edges(_uses, folder);
            foreach (var used in compilation.UsedCompilations)
            {
                Edges(_uses, folder).Add(KeyOf(used));
                Edges(_usedBy, KeyOf(used)).Add(folder);
            }
        }
    }

    /// <summary>The graph of <paramref name="archive"/>: <paramref name="previous"/> when its files and their uses are the same.</summary>
    public static ArchiveGraph Of(Archive archive, ArchiveGraph? previous) => previous is not null && previous.HasSameUses(archive) ? previous : new(archive);

    public bool Contains(string folder) => _uses.ContainsKey(folder);

    /// <summary>How many times a file's uses were read when comparing an archive with this graph: what tests count.</summary>
    internal int UsesCompared { get; private set; }

    /// <summary>The folders that use <paramref name="folder"/> and those it uses, directly or through others, in path order; not itself.</summary>
    public IEnumerable<string> Related(string folder) =>
        Reach(folder, _usedBy).Concat(Reach(folder, _uses)).Where(other => other != folder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="archive"/> has this graph's files with their uses. A file whose tree is new but whose uses
    /// are not is remembered with the new tree, so each tree's uses are read once: otherwise every file edited since the
    /// graph was made would be read again at every edit, and reading them needs the tree's root, parsed again once let go.
    /// </summary>
    private bool HasSameUses(Archive archive)
    {
        if (archive.SyntaxTrees.Length != _files.Count) return false;
        foreach (var tree in archive.SyntaxTrees)
        {
            if (!_files.TryGetValue(tree.FilePath, out var known)) return false;
            if (known.Tree == tree) continue;
            UsesCompared++;
            if (known.Uses != UsesOf(tree)) return false;
            _files[tree.FilePath] = (tree, known.Uses);
        }

        return true;
    }

    /// <summary>A file's uses as written: the same text resolves to the same folders while the archive has the same files.</summary>
    private static string UsesOf(SyntaxTree tree) =>
        string.Join("\n", tree.Root.Members.OfType<UseDeclarationSyntax>().Select(use => use.Path.Token.Text + " " + use.Alias?.Text));

    /// <summary>A folder's key as the workspace names folders (the archive writes paths its own way).</summary>
    private static string KeyOf(Compilation compilation) => DocumentUris.FolderOf(compilation.SyntaxTrees[0].FilePath);

    private static List<string> Edges(Dictionary<string, List<string>> edges, string folder)
    {
        if (!edges.TryGetValue(folder, out var list)) edges[folder] = list = new List<string>();
        return list;
    }

    private static HashSet<string> Reach(string start, Dictionary<string, List<string>> edges)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            if (!edges.TryGetValue(pending.Pop(), out var next)) continue;
            foreach (var folder in next)
            {
                if (reached.Add(folder)) pending.Push(folder);
            }
        }

        return reached;
    }
}
