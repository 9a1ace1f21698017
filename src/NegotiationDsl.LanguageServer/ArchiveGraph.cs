using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Which folders of an archive use which (as bound: cycles cut), by the workspace's folder keys: what else may read
/// differently when one folder changes. A folder that uses it, directly or through others, sees its names; one it
/// uses, the same way, is told which of its names are used and how its commitments ended.
/// </summary>
internal sealed class ArchiveGraph
{
    private readonly Dictionary<string, List<string>> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _usedBy = new(StringComparer.Ordinal);

    private ArchiveGraph(Archive archive)
    {
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

    public static ArchiveGraph Of(Archive archive) => new(archive);

    public bool Contains(string folder) => _uses.ContainsKey(folder);

    /// <summary>The folders that use <paramref name="folder"/> and those it uses, directly or through others; not itself.</summary>
    public IEnumerable<string> Related(string folder) => Reach(folder, _usedBy).Concat(Reach(folder, _uses)).Where(other => other != folder).Distinct(StringComparer.Ordinal);

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
