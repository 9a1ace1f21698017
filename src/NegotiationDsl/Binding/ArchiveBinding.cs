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
    private readonly SnapshotMap<FolderResult> _folders;
    private Dictionary<SourceText, List<Diagnostic>>? _layoutDiagnosticsByText;
    private DeclaringFolders? _declaringFolders;

    /// <summary>What every pass found for the one file of a standalone compilation, for <see cref="CopiedInto"/>; null otherwise.</summary>
    private BoundFolder? _kept;

    private ArchiveBinding(ArchiveLayout layout, SnapshotMap<FolderResult> folders, int rebound)
    {
        Layout = layout;
        _folders = folders;
        Rebound = rebound;
    }

    public ArchiveLayout Layout { get; }

    /// <summary>How many folders this snapshot bound (the rest it shares with the snapshot before).</summary>
    public int Rebound { get; }

    public static ArchiveBinding Bind(ImmutableArray<SyntaxTree> trees, string? root, ArchiveBinding? previous) => Bind(ArchiveLayout.Create(trees, root), previous);

    /// <param name="layout">The files and uses of the snapshot to bind.</param>
    /// <param name="previous">The snapshot <paramref name="layout"/>'s archive was made from; its results are shared where they cannot have changed.</param>
    public static ArchiveBinding Bind(ArchiveLayout layout, ArchiveBinding? previous) => Bind(layout, previous, keepForCopy: false);

    /// <summary>
    /// A compilation of its own: when it is one file, what every pass found is kept (<see cref="CopiedFolder.Kept"/>) so
    /// that an edit of a string <see cref="WrittenStringEdit"/> accepts can carry the binding into the next tree instead of binding it again (<see cref="CopiedInto"/>).
    /// </summary>
    public static ArchiveBinding BindStandalone(ImmutableArray<SyntaxTree> trees) => Bind(ArchiveLayout.Create(trees, root: null), previous: null, keepForCopy: trees.Length == 1);

    private static ArchiveBinding Bind(ArchiveLayout layout, ArchiveBinding? previous, bool keepForCopy)
    {
        var rebind = FoldersToRebind(layout, previous);
        // One file (the usual cold `negc check file.neg`) or one core: starting the thread pool would cost more than it saves.
        var parallel = Environment.ProcessorCount >= 2;
        var done = new Dictionary<string, BindingResult>(StringComparer.Ordinal);
        var bound = layout.Graph.InUsesFirstOrder(rebind);
        BoundFolder? kept = null;
        foreach (var folder in bound)
        {
            var used = layout.Graph.Used(folder).ToDictionary(other => other, other => done.TryGetValue(other, out var fresh) ? fresh : previous!._folders[other].Binding, StringComparer.Ordinal);
            var passes = Binder.BindWithoutChecks(layout.TreesOf(folder), layout, used, parallel);
            done[folder] = Binder.Check(passes);
            if (keepForCopy) kept = CopiedFolder.Kept(passes);
        }

        bound.Sort(StringComparer.Ordinal);
        return Settled(layout, previous, bound, done, kept);
    }

    /// <summary>
    /// This standalone compilation's one file carried into <paramref name="tree"/>, the tree an edit of a string
    /// <see cref="WrittenStringEdit"/> accepts made (positions moved by <paramref name="shift"/>), with the folder-wide checks and settlements run again over
    /// the copies; null when nothing was kept for a copy or <see cref="CopiedFolder.TryCopy"/> refuses.
    /// </summary>
    public ArchiveBinding? CopiedInto(SyntaxTree tree, SpanShift shift)
    {
        if (_kept is not { } before || CopiedFolder.TryCopy(before, For(ArchiveLayout.StandaloneFolder), tree, shift) is not { } copied) return null;
        var done = new Dictionary<string, BindingResult>(StringComparer.Ordinal) { [ArchiveLayout.StandaloneFolder] = Binder.Check(copied) };
        return Settled(copied.Scope.Layout, previous: null, [ArchiveLayout.StandaloneFolder], done, CopiedFolder.Kept(copied));
    }

    /// <summary>Settles the commitments, replies and agreements of the folders just bound (in name order) and lets their trees' roots go.</summary>
    private static ArchiveBinding Settled(ArchiveLayout layout, ArchiveBinding? previous, List<string> bound, Dictionary<string, BindingResult> done, BoundFolder? kept)
    {
        var conflicts = CommitmentSettlement.Settle(bound.Select(folder => done[folder].Settlements));
        var results = new Dictionary<string, FolderResult>(StringComparer.Ordinal);
        foreach (var folder in bound)
        {
            var settlement = new List<Diagnostic>();
            foreach (var tree in layout.TreesOf(folder))
            {
                if (conflicts.TryGetValue(new SyntaxTreeKey(tree.Text), out var list)) settlement.AddRange(list);
                tree.ReleaseRoot();
            }

            results[folder] = new FolderResult(done[folder], settlement.ToImmutableArray());
        }

        return new ArchiveBinding(layout, Keep(layout, previous, results), bound.Count) { _kept = kept };
    }

    /// <summary>
    /// The results of a snapshot: those of the folders just bound, and the others' from the snapshot before. A layout
    /// an edit made has the folders of the one before, so its results share the map before; any other keeps its folders' only.
    /// </summary>
    private static SnapshotMap<FolderResult> Keep(ArchiveLayout layout, ArchiveBinding? previous, Dictionary<string, FolderResult> bound)
    {
        if (previous is not null && layout.DerivedFrom == previous.Layout.Version) return previous._folders.SetItems(bound);
        foreach (var folder in layout.Folders)
        {
            if (!bound.ContainsKey(folder)) bound[folder] = previous!._folders[folder];
        }

        return new SnapshotMap<FolderResult>(bound);
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
        foreach (var diagnostic in LayoutDiagnosticsOf(folder)) yield return diagnostic;
        foreach (var diagnostic in result.Binding.Diagnostics) yield return Layout.Root is null ? diagnostic : WithArchiveHint(folder, diagnostic);
        foreach (var diagnostic in result.Settlement) yield return diagnostic;
        foreach (var diagnostic in UnusedDeclarations(folder)) yield return diagnostic;
    }

    /// <summary>Every name that refers to <paramref name="symbol"/>: in its folder and in the folders that use it.</summary>
    public IEnumerable<(SyntaxTree Tree, int Start)> ReferencesTo(Symbol symbol)
    {
        foreach (var folder in WithUsers(Layout.FolderOf(symbol.SyntaxTree)))
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
        foreach (var reader in WithUsers(folder))
        {
            if (_folders[reader].Binding.LatestDate is { } date && (latest is null || date > latest)) latest = date;
        }

        return latest;
    }

    /// <summary>The record <paramref name="symbol"/> is declared in, whichever folder it is in.</summary>
    public RecordSymbol RecordOf(Symbol symbol) => ForTree(symbol.SyntaxTree).RecordOf(symbol);

    private IEnumerable<Diagnostic> LayoutDiagnosticsOf(string folder)
    {
        if (Layout.Diagnostics.IsEmpty) return Enumerable.Empty<Diagnostic>();
        var texts = new HashSet<SourceText>(Layout.TreesOf(folder).Select(tree => tree.Text));
        var byText = LazyInitializer.EnsureInitialized(ref _layoutDiagnosticsByText, () =>
        {
            var map = new Dictionary<SourceText, List<Diagnostic>>();
            foreach (var diagnostic in Layout.Diagnostics)
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
        // Only an actor its own folder never names is looked for in the users; a track of an archive declares none
        // (they are the register's), and a folder whose files name every actor it declares has none left to look for.
        var binding = _folders[folder].Binding;
        if (binding.NamesEveryOwnActor) yield break;
        var used = new HashSet<Symbol>();
        foreach (var reader in Layout.Graph.Users(folder))
        {
            if (_folders[reader].Binding.ReferencedByFolder(FolderOfSymbolTree).TryGetValue(folder, out var symbols)) used.UnionWith(symbols);
        }

        foreach (var actor in binding.Declarations.Actors)
        {
            if (binding.LeavesOwnActorUnnamed(actor) && !used.Contains(actor)) yield return DiagnosticCatalog.UnusedDeclaration(actor.Location, actor.Name);
        }
    }

    /// <summary>The folder and the folders that use it: where a name may refer to one of its declarations (uses are not transitive).</summary>
    private IEnumerable<string> WithUsers(string folder) => Layout.Graph.Users(folder).Prepend(folder);

    private Diagnostic WithArchiveHint(string folder, Diagnostic diagnostic)
    {
        if (diagnostic.Code is not ("NEG2001" or "NEG4001") || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Name, out var name) ||
            QualifiedName.QualifierOf(name) is not null)
            return diagnostic;
        var declaring = LazyInitializer.EnsureInitialized(ref _declaringFolders, () => new DeclaringFolders(Layout.Folders, other => _folders[other].Binding.Declarations))!;
        return declaring.Find(name, folder) is { } other ? DiagnosticCatalog.DeclaredInUnusedFolder(diagnostic.Location, name, ArchivePaths.Relative(folder, other)) : diagnostic;
    }

    /// <summary>The folder of a symbol's file, as every snapshot names it (the layout only knows its own trees).</summary>
    private string FolderOfSymbolTree(SyntaxTree tree) => Layout.Root is null ? ArchiveLayout.StandaloneFolder : ArchivePaths.FolderOf(tree.FilePath);

    /// <summary>
    /// Folders whose files or resolved uses changed, every folder that uses one of them (in the old snapshot or the
    /// new), and the folders any of those use that declare commitments (an edit may settle one of those), to a fixed point.
    /// </summary>
    private static HashSet<string> FoldersToRebind(ArchiveLayout layout, ArchiveBinding? previous)
    {
        if (previous is null) return new HashSet<string>(layout.Folders, StringComparer.Ordinal);
        var before = previous.Layout;
        // A layout made from the one before by replacing a file says which folder changed; any other is compared folder by folder.
        var changed = layout.DerivedFrom == before.Version ? [layout.ChangedFolder!] : layout.Folders.Where(folder => !layout.SameFilesAndUses(folder, before)).ToList();

        // To a fixed point: a folder bound anew settles again the commitments of the folders it uses, so those are
        // bound anew too, and with them every folder that writes events about their commitments (it uses them).
        var rebind = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(changed);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            if (!layout.Contains(folder) || !rebind.Add(folder)) continue;
            foreach (var user in layout.Graph.Users(folder).Concat(before.Graph.Users(folder))) queue.Enqueue(user);
            foreach (var used in layout.Graph.Used(folder).Concat(before.Graph.Used(folder)))
            {
                if (!previous._folders.TryGetValue(used, out var result) || result.Binding.DeclaresCommitments) queue.Enqueue(used);
            }
        }

        return rebind;
    }


    /// <summary>A folder's result and the settlement diagnostics its events got in the snapshot that bound it.</summary>
    private sealed record FolderResult(BindingResult Binding, ImmutableArray<Diagnostic> Settlement);
}
