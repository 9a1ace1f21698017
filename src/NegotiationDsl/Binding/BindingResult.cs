using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// Everything binding a compilation produced; immutable once the binder returns it. It refers to syntax
/// by file and position only, so it keeps no tree alive (see <see cref="SyntaxTree"/>).
/// </summary>
internal sealed class BindingResult
{
    private readonly Dictionary<SyntaxTree, TreeBinding> _byTree;
    private readonly IReadOnlyDictionary<SyntaxTree, RecordSymbol> _records;
    private Dictionary<Symbol, List<(SyntaxTree Tree, int Start)>>? _referencesBySymbol;

    public BindingResult(
        ImmutableArray<Symbol> symbols,
        ImmutableArray<SyntaxTree> trees,
        IReadOnlyDictionary<SyntaxTree, RecordSymbol> records,
        Dictionary<SyntaxTree, TreeBinding> byTree,
        Dictionary<SourceText, Suppressions> suppressions,
        ImmutableArray<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, ImmutableArray<string>>? usedFolders = null)
    {
        UsedFolders = usedFolders ?? new Dictionary<string, ImmutableArray<string>>();
        Symbols = symbols;
        _records = records;
        Records = trees.Select(tree => records[tree]).ToImmutableArray();
        _byTree = byTree;
        Suppressions = suppressions;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Symbol> Symbols { get; }

    /// <summary>Inside an archive: the folders each folder's files use (cycles cut), in ordinal order.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> UsedFolders { get; }

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

    private Dictionary<Symbol, List<(SyntaxTree Tree, int Start)>> IndexBySymbol()
    {
        // Files in compilation order, then positions: the order a reader expects.
        var bySymbol = new Dictionary<Symbol, List<(SyntaxTree, int)>>();
        foreach (var tree in _byTree)
        {
            foreach (var key in tree.Value.ReferenceKeysInOrder())
            {
                var symbol = tree.Value.References[key];
                if (!bySymbol.TryGetValue(symbol, out var list)) bySymbol[symbol] = list = new List<(SyntaxTree, int)>();
                list.Add((tree.Key, TreeBinding.StartOf(key)));
            }
        }

        return bySymbol;
    }
}
