using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// Everything binding one namespace (a compilation, or a folder of an archive) produced; immutable once the binder returns it, except that the archive settles its commitments before publishing it. It refers to syntax
/// by file and position only, so it keeps no tree alive (see <see cref="SyntaxTree"/>).
/// </summary>
internal sealed class BindingResult
{
    private readonly Dictionary<SyntaxTree, TreeBinding> _byTree;
    private readonly IReadOnlyDictionary<SyntaxTree, RecordSymbol> _records;
    private Dictionary<Symbol, List<(SyntaxTree Tree, int Start)>>? _referencesBySymbol;
    private Dictionary<string, HashSet<Symbol>>? _referencedByFolder;
    private HashSet<ActorSymbol>? _actorsUnreferencedHere;

    public BindingResult(
        ImmutableArray<Symbol> symbols,
        ImmutableArray<SyntaxTree> trees,
        IReadOnlyDictionary<SyntaxTree, RecordSymbol> records,
        Dictionary<SyntaxTree, TreeBinding> byTree,
        Dictionary<SourceText, Suppressions> suppressions,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<string> usedFolders,
        DeclarationTable declarations,
        ImmutableArray<SettlementSite> settlements)
    {
        UsedFolders = usedFolders;
        Declarations = declarations;
        Settlements = settlements;
        Symbols = symbols;
        _records = records;
        Records = trees.Select(tree => records[tree]).ToImmutableArray();
        _byTree = byTree;
        Suppressions = suppressions;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Symbol> Symbols { get; }

    /// <summary>The folders this folder's files use (cycles cut), in ordinal order.</summary>
    public ImmutableArray<string> UsedFolders { get; }

    /// <summary>The names this folder declares: what a folder that uses it sees.</summary>
    public DeclarationTable Declarations { get; }

    /// <summary>The events this folder writes about commitments and agreements (its own or a used folder's), for their settlement.</summary>
    public ImmutableArray<SettlementSite> Settlements { get; }

    /// <summary>The last day of the folder's latest dated meeting, round of talks or statement, or null.</summary>
    public NodaTime.LocalDate? LatestDate
    {
        get
        {
            if (!_latestDateKnown)
            {
                _latestDate = LatestDateOf(Symbols);
                _latestDateKnown = true;
            }

            return _latestDate;
        }
    }

    private NodaTime.LocalDate? _latestDate;
    private bool _latestDateKnown;

    private static NodaTime.LocalDate? LatestDateOf(ImmutableArray<Symbol> symbols)
    {
        NodaTime.LocalDate? latest = null;
        foreach (var symbol in symbols)
        {
            var date = symbol switch
            {
                // A milestone's day is planned, not a day the records report, as a deadline is.
                MilestoneSymbol => null,
                StatementSymbol statement => statement.Date,
                GatheringSymbol gathering => gathering.Date,
                _ => null,
            };
            if (date is { } interval && (latest is null || interval.End > latest)) latest = interval.End;
        }

        return latest;
    }

    /// <summary>
    /// Whether the folder declares something a folder using it may write events about: a commitment, an agreement, a milestone, or
    /// an offer, proposal or demand with a label (its replies).
    /// </summary>
    public bool DeclaresCommitments => Declarations.Symbols.Any(symbol =>
        symbol is CommitmentSymbol or AgreementSymbol or MilestoneSymbol ||
        symbol is StatementSymbol { HasLabel: true, StatementKind: StatementKind.Offer or StatementKind.Proposal or StatementKind.Demand });

    /// <summary>One per file, in the compilation's order.</summary>
    public ImmutableArray<RecordSymbol> Records { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The suppression directives of each file that has any.</summary>
    public IReadOnlyDictionary<SourceText, Suppressions> Suppressions { get; }

    /// <summary>The record a symbol is declared in.</summary>
    public RecordSymbol RecordOf(Symbol symbol) => _records[symbol.SyntaxTree];

    public RecordSymbol RecordOfTree(SyntaxTree tree) => _records[tree];

    public TreeBinding For(SyntaxTree tree) => _byTree.TryGetValue(tree, out var binding) ? binding : TreeBinding.Empty;

    /// <summary>The names referring to each symbol; built on first use (find references, rename), which a check never needs.</summary>
    public IReadOnlyDictionary<Symbol, List<(SyntaxTree Tree, int Start)>> ReferencesBySymbol =>
        System.Threading.LazyInitializer.EnsureInitialized(ref _referencesBySymbol, IndexBySymbol)!;

    /// <summary>
    /// The symbols this folder's names refer to, by the folder that declares them (<paramref name="folderOf"/> names a
    /// symbol's file's folder); made on first use and kept, so a folder that later snapshots share is grouped once.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<Symbol>> ReferencedByFolder(System.Func<SyntaxTree, string> folderOf) =>
        System.Threading.LazyInitializer.EnsureInitialized(ref _referencedByFolder, () =>
        {
            var byFolder = new Dictionary<string, HashSet<Symbol>>(System.StringComparer.Ordinal);
            var byTree = new Dictionary<SyntaxTree, HashSet<Symbol>>();
            foreach (var tree in _byTree.Values)
            {
                foreach (var symbol in tree.References.Values)
                {
                    if (!byTree.TryGetValue(symbol.SyntaxTree, out var symbols))
                    {
                        var folder = folderOf(symbol.SyntaxTree);
                        if (!byFolder.TryGetValue(folder, out symbols)) byFolder[folder] = symbols = new HashSet<Symbol>();
                        byTree[symbol.SyntaxTree] = symbols;
                    }

                    symbols.Add(symbol);
                }
            }

            return byFolder;
        })!;

    /// <summary>Whether a name of this folder's own files refers to every actor it declares.</summary>
    public bool NamesEveryOwnActor => ActorsUnreferencedHere.Count == 0;

    /// <summary>
    /// Whether <paramref name="actor"/> is one this folder declares and no name of its own files refers to (the folders
    /// that use it may still); false for an actor of another folder.
    /// </summary>
    public bool LeavesOwnActorUnnamed(ActorSymbol actor) => ActorsUnreferencedHere.Contains(actor);

    /// <summary>
    /// Made on first use and kept. The walk stops at the name that finds the last of them, so a folder whose files name every
    /// actor it declares is not read to its end, and nothing is grouped or kept but the actors.
    /// </summary>
    private HashSet<ActorSymbol> ActorsUnreferencedHere =>
        System.Threading.LazyInitializer.EnsureInitialized(ref _actorsUnreferencedHere, FindActorsUnreferencedHere)!;

    private HashSet<ActorSymbol> FindActorsUnreferencedHere()
    {
        var unreferenced = new HashSet<ActorSymbol>(Declarations.Actors);
        foreach (var tree in _byTree.Values)
        {
            if (unreferenced.Count == 0) break;
            var symbols = tree.References.Values;
            for (var i = 0; i < symbols.Count && unreferenced.Count > 0; i++)
            {
                if (symbols[i] is ActorSymbol actor) unreferenced.Remove(actor);
            }
        }

        return unreferenced;
    }

    private Dictionary<Symbol, List<(SyntaxTree Tree, int Start)>> IndexBySymbol()
    {
        // Files in compilation order, then positions: the order a reader expects.
        var bySymbol = new Dictionary<Symbol, List<(SyntaxTree, int)>>();
        foreach (var tree in _byTree)
        {
            var references = tree.Value.References;
            var keys = references.KeysInOrder;
            var symbols = references.Values;
            for (var i = 0; i < keys.Count; i++)
            {
                var symbol = symbols[i];
                if (!bySymbol.TryGetValue(symbol, out var list)) bySymbol[symbol] = list = new List<(SyntaxTree, int)>();
                list.Add((tree.Key, TreeBinding.StartOf(keys[i])));
            }
        }

        return bySymbol;
    }
}
