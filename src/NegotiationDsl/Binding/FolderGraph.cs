using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Binding;

/// <summary>
/// The folders of an archive as a graph of uses (cycles already cut): which folders each folder uses, which use it,
/// and an order in which each folder comes after the folders it uses. Made once per set of uses and shared by every
/// snapshot an edit makes without changing a use.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, string[]> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public FolderGraph(ImmutableArray<string> folders, Func<string, IEnumerable<string>> usedBy)
    {
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var used = usedBy(folder).Distinct(StringComparer.Ordinal).ToArray();
            if (used.Length == 0) continue;
            Array.Sort(used, StringComparer.Ordinal);
            _used[folder] = used;
            foreach (var target in used)
            {
                if (!users.TryGetValue(target, out var list)) users[target] = list = new List<string>();
                list.Add(folder);
            }
        }

        foreach (var pair in users) _users[pair.Key] = pair.Value.ToArray();
        UsesFirst = Order(folders);
        for (var i = 0; i < UsesFirst.Length; i++) _positions[UsesFirst[i]] = i;
    }

    /// <summary>Every folder, each after the folders it uses.</summary>
    public ImmutableArray<string> UsesFirst { get; }

    /// <summary>The folders <paramref name="folder"/>'s files use, in ordinal order.</summary>
    public IReadOnlyList<string> Used(string folder) => _used.TryGetValue(folder, out var used) ? used : Array.Empty<string>();

    /// <summary>The folders whose files use <paramref name="folder"/>.</summary>
    public IReadOnlyList<string> Users(string folder) => _users.TryGetValue(folder, out var users) ? users : Array.Empty<string>();

    /// <summary><paramref name="folders"/> in the order of <see cref="UsesFirst"/>: each after the folders it uses.</summary>
    public List<string> InUsesFirstOrder(IEnumerable<string> folders)
    {
        var sorted = new List<string>(folders);
        sorted.Sort((first, second) => _positions[first].CompareTo(_positions[second]));
        return sorted;
    }

    /// <summary>Depth first, with a stack of our own (an archive may chain thousands of folders).</summary>
    private ImmutableArray<string> Order(ImmutableArray<string> folders)
    {
        var order = ImmutableArray.CreateBuilder<string>(folders.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The path from the start, and for each folder on it the next of its used folders to visit.
        var path = new List<string>();
        var next = new List<int>();
        foreach (var start in folders)
        {
            if (!seen.Add(start)) continue;
            path.Add(start);
            next.Add(0);
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var used = Used(path[top]);
                if (next[top] < used.Count)
                {
                    var target = used[next[top]++];
                    if (seen.Add(target))
                    {
                        path.Add(target);
                        next.Add(0);
                    }

                    continue;
                }

                order.Add(path[top]);
                path.RemoveAt(top);
                next.RemoveAt(top);
            }
        }

        return order.MoveToImmutable();
    }
}
