using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// One snapshot of an archive (or of a compilation that is none: one namespace), bound folder by folder, each after
/// the folders it uses. A new snapshot binds again only the folders an edit may have changed: the edited folder, the
/// used folders whose commitments it may settle, and every folder that uses one of those, transitively; the others'
/// results are shared with the snapshot before. Commitments are then settled over the folders bound anew.
/// </summary>
internal sealed class ArchiveBinding
{
    private readonly Dictionary<string, FolderResult> _folders;
    private readonly Dictionary<string, List<string>> _dependents;
    private readonly List<Diagnostic> _layoutDiagnostics;
    private Dictionary<SourceText, List<Diagnostic>>? _layoutDiagnosticsByText;
    private DeclaringFolders? _declaringFolders;

    private ArchiveBinding(ArchiveLayout layout, Dictionary<string, FolderResult> folders, List<Diagnostic> layoutDiagnostics, int rebound)
    {
        Layout = layout;
        _folders = folders;
        _layoutDiagnostics = layoutDiagnostics;
        Rebound = rebound;
        _dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in folders)
        {
            foreach (var used in pair.Value.Binding.UsedFolders)
            {
                if (!_dependents.TryGetValue(used, out var list)) _dependents[used] = list = new List<string>();
                list.Add(pair.Key);
            }
        }
    }

    public ArchiveLayout Layout { get; }

    /// <summary>How many folders this snapshot bound (the rest it shares with the snapshot before).</summary>
    public int Rebound { get; }

    public static ArchiveBinding Bind(ImmutableArray<SyntaxTree> trees, string? root, ArchiveBinding? previous)
    {
        var layoutDiagnostics = new List<Diagnostic>();
        var layout = ArchiveLayout.Create(trees, root, layoutDiagnostics);
        var rebind = FoldersToRebind(layout, previous);
        // One file (the usual cold `negc check file.neg`) or one core: starting the thread pool would cost more than it saves.
        var parallel = Environment.ProcessorCount >= 2;
        var done = new Dictionary<string, BindingResult>(StringComparer.Ordinal);
        var folders = new Dictionary<string, FolderResult>(StringComparer.Ordinal);
        var bound = new List<string>();
        foreach (var folder in UsesFirst(layout))
        {
            if (!rebind.Contains(folder))
            {
                folders[folder] = previous!._folders[folder];
                done[folder] = folders[folder].Binding;
                continue;
            }

            done[folder] = Binder.BindFolder(layout.TreesByFolder[folder], layout, done, parallel, out _);
            bound.Add(folder);
        }

        bound.Sort(StringComparer.Ordinal);
        var conflicts = CommitmentSettlement.Settle(bound.Select(folder => done[folder].Settlements));
        foreach (var folder in bound)
        {
            var settlement = new List<Diagnostic>();
            foreach (var tree in layout.TreesByFolder[folder])
            {
                if (conflicts.TryGetValue(new SyntaxTreeKey(tree.Text), out var list)) settlement.AddRange(list);
                tree.ReleaseRoot();
            }

            folders[folder] = new FolderResult(done[folder], settlement.ToImmutableArray());
        }

        return new ArchiveBinding(layout, folders, layoutDiagnostics, bound.Count);
    }

    public BindingResult For(string folder) => _folders[folder].Binding;

    public BindingResult ForTree(SyntaxTree tree) => For(Layout.FolderOf(tree));

    /// <summary>
    /// A folder's diagnostics from binding: its uses', its own, its settlements', whether the actors it declares are
    /// used anywhere, and an unknown name that another folder declares said as such ("add a use").
    /// </summary>
    public IEnumerable<Diagnostic> DiagnosticsOf(string folder)
    {
        var result = _folders[folder];
        var texts = new HashSet<SourceText>(Layout.TreesByFolder[folder].Select(tree => tree.Text));
        foreach (var diagnostic in LayoutDiagnosticsOf(texts)) yield return diagnostic;
        foreach (var diagnostic in result.Binding.Diagnostics) yield return Layout.Root is null ? diagnostic : WithArchiveHint(folder, diagnostic);
        foreach (var diagnostic in result.Settlement) yield return diagnostic;
        foreach (var diagnostic in UnusedDeclarations(folder)) yield return diagnostic;
    }

    /// <summary>Every name that refers to <paramref name="symbol"/>: in its folder and in the folders that use it.</summary>
    public IEnumerable<(SyntaxTree Tree, int Start)> ReferencesTo(Symbol symbol)
    {
        foreach (var folder in WithReaders(Layout.FolderOf(symbol.SyntaxTree)))
        {
            if (_folders[folder].Binding.ReferencesBySymbol.TryGetValue(symbol, out var references))
            {
                foreach (var reference in references) yield return reference;
            }
        }
    }

    /// <summary>The latest date of the folder's records and of the records of the folders that use it (only they can settle its commitments: uses are not transitive).</summary>
    public NodaTime.LocalDate? LatestDateOf(string folder)
    {
        NodaTime.LocalDate? latest = null;
        foreach (var reader in WithReaders(folder))
        {
            if (_folders[reader].Binding.LatestDate is { } date && (latest is null || date > latest)) latest = date;
        }

        return latest;
    }

    /// <summary>The record <paramref name="symbol"/> is declared in, whichever folder it is in.</summary>
    public RecordSymbol RecordOf(Symbol symbol) => ForTree(symbol.SyntaxTree).RecordOf(symbol);

    private IEnumerable<Diagnostic> LayoutDiagnosticsOf(HashSet<SourceText> texts)
    {
        if (_layoutDiagnostics.Count == 0) return Enumerable.Empty<Diagnostic>();
        var byText = LazyInitializer.EnsureInitialized(ref _layoutDiagnosticsByText, () =>
        {
            var map = new Dictionary<SourceText, List<Diagnostic>>();
            foreach (var diagnostic in _layoutDiagnostics)
            {
                if (diagnostic.Location.Text is not { } text) continue;
                if (!map.TryGetValue(text, out var list)) map[text] = list = new List<Diagnostic>();
                list.Add(diagnostic);
            }

            return map;
        })!;
        return texts.Where(byText.ContainsKey).SelectMany(text => byText[text]);
    }

    /// <summary>
    /// An actor is unused when no name refers to it in its folder or in any folder that uses it. Each reader gives only
    /// its references into this folder: a file that names 10,000 folders' parties costs each of them one lookup, not 10,000.
    /// </summary>
    private IEnumerable<Diagnostic> UnusedDeclarations(string folder)
    {
        var used = new HashSet<Symbol>();
        foreach (var reader in WithReaders(folder))
        {
            if (_folders[reader].Binding.ReferencedByFolder(FolderOfSymbolTree).TryGetValue(folder, out var symbols)) used.UnionWith(symbols);
        }

        foreach (var actor in _folders[folder].Binding.Declarations.Actors)
        {
            if (!used.Contains(actor)) yield return DiagnosticCatalog.UnusedDeclaration(actor.Location, actor.Name);
        }
    }

    private Diagnostic WithArchiveHint(string folder, Diagnostic diagnostic)
    {
        if (diagnostic.Code is not ("NEG2001" or "NEG4001") || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Name, out var name) ||
            QualifiedName.QualifierOf(name) is not null)
            return diagnostic;
        var declaring = LazyInitializer.EnsureInitialized(ref _declaringFolders, () => new DeclaringFolders(Layout.Folders, other => _folders[other].Binding.Declarations))!;
        return declaring.Find(name, folder) is { } other ? DiagnosticCatalog.DeclaredInUnusedFolder(diagnostic.Location, name, ArchivePaths.Relative(folder, other)) : diagnostic;
    }

    /// <summary>
    /// The folder and every folder whose files use it: the only places a name can refer to one of its symbols (uses are
    /// not transitive). So the references of a folder at the start of a chain of 10,000 cost one folder, not 10,000.
    /// </summary>
    private IEnumerable<string> WithReaders(string folder) =>
        _dependents.TryGetValue(folder, out var users) ? users.Prepend(folder) : [folder];

    /// <summary>The folder of a symbol's file, as every snapshot names it (the layout only knows its own trees).</summary>
    private string FolderOfSymbolTree(SyntaxTree tree) => Layout.Root is null ? ArchiveLayout.StandaloneFolder : ArchivePaths.FolderOf(tree.FilePath);

    /// <summary>Folders in an order where each comes after the folders it uses (uses form no cycle: the layout cut them).</summary>
    private static List<string> UsesFirst(ArchiveLayout layout)
    {
        var order = new List<string>(layout.Folders.Length);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var start in layout.Folders)
        {
            if (state.ContainsKey(start)) continue;
            var stack = new List<(string Folder, int Next, List<string> Used)> { (start, 0, UsedBy(layout, start)) };
            state[start] = false;
            while (stack.Count > 0)
            {
                var (folder, next, used) = stack[stack.Count - 1];
                if (next < used.Count)
                {
                    stack[stack.Count - 1] = (folder, next + 1, used);
                    var target = used[next];
                    if (state.ContainsKey(target) || !layout.TreesByFolder.ContainsKey(target)) continue;
                    state[target] = false;
                    stack.Add((target, 0, UsedBy(layout, target)));
                    continue;
                }

                stack.RemoveAt(stack.Count - 1);
                state[folder] = true;
                order.Add(folder);
            }
        }

        return order;
    }

    private static List<string> UsedBy(ArchiveLayout layout, string folder) =>
        layout.TreesByFolder[folder].SelectMany(tree => layout.UsesOf(tree)).Select(use => use.Folder).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Folders whose files or resolved uses changed, every folder that uses one of them (in the old snapshot or the
    /// new), and the folders any of those use that declare commitments (an edit may settle one of those), to a fixed point.
    /// </summary>
    private static HashSet<string> FoldersToRebind(ArchiveLayout layout, ArchiveBinding? previous)
    {
        if (previous is null) return new HashSet<string>(layout.Folders, StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in layout.Folders)
        {
            if (!previous._folders.ContainsKey(folder) || !previous.Layout.TreesByFolder.TryGetValue(folder, out var before) ||
                !before.SequenceEqual(layout.TreesByFolder[folder]) || UseTargets(previous.Layout, folder) != UseTargets(layout, folder))
                changed.Add(folder);
        }

        // To a fixed point: a folder bound anew settles again the commitments of the folders it uses, so those are
        // bound anew too, and with them every folder that writes events about their commitments (it uses them).
        var rebind = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(changed);
        var users = Users(layout);
        var usersBefore = Users(previous.Layout);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            if (!layout.TreesByFolder.ContainsKey(folder) || !rebind.Add(folder)) continue;
            foreach (var user in Get(users, folder).Concat(Get(usersBefore, folder))) queue.Enqueue(user);
            var usedBefore = previous.Layout.TreesByFolder.ContainsKey(folder) ? UsedBy(previous.Layout, folder) : [];
            foreach (var used in UsedBy(layout, folder).Concat(usedBefore))
            {
                if (!previous._folders.TryGetValue(used, out var result) || result.Binding.DeclaresCommitments) queue.Enqueue(used);
            }
        }

        return rebind;
    }

    private static string UseTargets(ArchiveLayout layout, string folder) =>
        string.Join("\n", layout.TreesByFolder[folder].SelectMany(tree => layout.UsesOf(tree)).Select(use => use.Target + "@" + use.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, List<string>> Users(ArchiveLayout layout)
    {
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var folder in layout.Folders)
        {
            foreach (var used in UsedBy(layout, folder))
            {
                if (!users.TryGetValue(used, out var list)) users[used] = list = new List<string>();
                list.Add(folder);
            }
        }

        return users;
    }

    private static IEnumerable<string> Get(Dictionary<string, List<string>> map, string key) => map.TryGetValue(key, out var list) ? list : Enumerable.Empty<string>();

    /// <summary>A folder's result and the settlement diagnostics its events got in the snapshot that bound it.</summary>
    private sealed record FolderResult(BindingResult Binding, ImmutableArray<Diagnostic> Settlement);
}
