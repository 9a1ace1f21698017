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
    private static readonly ImmutableArray<string> None = ImmutableArray<string>.Empty;
    private readonly Dictionary<string, ImmutableArray<string>> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public FolderGraph(ImmutableArray<string> folders, Func<string, IEnumerable<string>> usedBy)
    {
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var used = usedBy(folder).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToImmutableArray();
            if (used.IsEmpty) continue;
            _used[folder] = used;
            foreach (var target in used)
            {
                if (!users.TryGetValue(target, out var list)) users[target] = list = new List<string>();
                list.Add(folder);
            }
        }

        foreach (var pair in users) _users[pair.Key] = pair.Value.ToImmutableArray();
        UsesFirst = Order(folders);
        for (var i = 0; i < UsesFirst.Length; i++) _positions[UsesFirst[i]] = i;
    }

    /// <summary>Every folder, each after the folders it uses.</summary>
    public ImmutableArray<string> UsesFirst { get; }

    /// <summary>Where <paramref name="folder"/> is in <see cref="UsesFirst"/>: the folders to bind, sorted by it, come each after those it uses.</summary>
    public int PositionOf(string folder) => _positions[folder];

    /// <summary>The folders <paramref name="folder"/>'s files use, in ordinal order.</summary>
    public ImmutableArray<string> Used(string folder) => _used.TryGetValue(folder, out var used) ? used : None;

    /// <summary>The folders whose files use <paramref name="folder"/>.</summary>
    public ImmutableArray<string> Users(string folder) => _users.TryGetValue(folder, out var users) ? users : None;

    /// <summary>Depth first, with a stack of our own (an archive may chain thousands of folders).</summary>
    private ImmutableArray<string> Order(ImmutableArray<string> folders)
    {
        var order = ImmutableArray.CreateBuilder<string>(folders.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in folders)
        {
            if (!seen.Add(start)) continue;
            var stack = new List<(string Folder, int Next)> { (start, 0) };
            while (stack.Count > 0)
            {
                var (folder, next) = stack[stack.Count - 1];
                var used = Used(folder);
                if (next < used.Length)
                {
                    stack[stack.Count - 1] = (folder, next + 1);
                    if (seen.Add(used[next])) stack.Add((used[next], 0));
                    continue;
                }

                stack.RemoveAt(stack.Count - 1);
                order.Add(folder);
            }
        }

        return order.MoveToImmutable();
    }
}
