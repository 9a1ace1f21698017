using System;
using System.Collections.Generic;

namespace NegotiationDsl.Binding;

/// <summary>
/// Which folder of an archive declares a name, for "declared in ../x; add a use" (NEG2017): the first in ordinal order
/// other than the folder asking. A few questions (an edit's typo) each look at every folder's table; past
/// <see cref="ScansBeforeIndex"/> of them one index of every folder's names answers the rest, so n unknown names in an
/// archive of n folders cost n lookups, not n².
/// </summary>
internal sealed class DeclaringFolders(IReadOnlyList<string> folders, Func<string, DeclarationTable> tableOf)
{
    private const int ScansBeforeIndex = 32;

    private readonly object _gate = new();
    private int _scans;
    private Dictionary<string, (string First, string? Second)>? _index;

    /// <summary>The first folder but <paramref name="asking"/> that declares <paramref name="name"/> (an actor or a label), or null.</summary>
    public string? Find(string name, string asking)
    {
        lock (_gate)
        {
            if (_index is null && ++_scans <= ScansBeforeIndex) return Scan(name, asking);
            _index ??= BuildIndex();
        }

        if (!_index.TryGetValue(name, out var declaring)) return null;
        return declaring.First != asking ? declaring.First : declaring.Second;
    }

    private string? Scan(string name, string asking)
    {
        foreach (var folder in folders)
        {
            if (folder != asking && Declares(tableOf(folder), name)) return folder;
        }

        return null;
    }

    /// <summary>Each name with the first two folders that declare it: the first unless that is the one asking.</summary>
    private Dictionary<string, (string First, string? Second)> BuildIndex()
    {
        var index = new Dictionary<string, (string First, string? Second)>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var table = tableOf(folder);
            foreach (var name in table.ActorNames) Add(name, folder);
            foreach (var name in table.LabelNames) Add(name, folder);
        }

        return index;

        void Add(string name, string folder)
        {
            if (!index.TryGetValue(name, out var declaring)) index[name] = (folder, null);
            else if (declaring.Second is null && declaring.First != folder) index[name] = (declaring.First, folder);
        }
    }

    private static bool Declares(DeclarationTable table, string name) => table.IsActor(name) || table.IsLabel(name);
}
