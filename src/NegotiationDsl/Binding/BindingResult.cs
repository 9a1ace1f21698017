using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>Everything binding a compilation produced; immutable once the binder returns it.</summary>
internal sealed class BindingResult
{
    public BindingResult(
        ImmutableArray<Symbol> symbols,
        IReadOnlyDictionary<SyntaxNode, Symbol> declared,
        IReadOnlyDictionary<NameSyntax, Symbol> references,
        IReadOnlyDictionary<DateSyntax, ResolvedDate> dates,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Symbols = symbols;
        Declared = declared;
        References = references;
        Dates = dates;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Symbol> Symbols { get; }
    public IReadOnlyDictionary<SyntaxNode, Symbol> Declared { get; }
    public IReadOnlyDictionary<NameSyntax, Symbol> References { get; }
    public IReadOnlyDictionary<DateSyntax, ResolvedDate> Dates { get; }

    /// <summary>The names referring to each symbol; built on first use (find references, rename), which a check never needs.</summary>
    public IReadOnlyDictionary<Symbol, List<NameSyntax>> ReferencesBySymbol =>
        System.Threading.LazyInitializer.EnsureInitialized(ref _referencesBySymbol, () => IndexBySymbol(References))!;

    private Dictionary<Symbol, List<NameSyntax>>? _referencesBySymbol;

    private static Dictionary<Symbol, List<NameSyntax>> IndexBySymbol(IReadOnlyDictionary<NameSyntax, Symbol> references)
    {
        var bySymbol = new Dictionary<Symbol, List<NameSyntax>>();
        foreach (var pair in references)
        {
            if (!bySymbol.TryGetValue(pair.Value, out var list)) bySymbol[pair.Value] = list = new List<NameSyntax>();
            list.Add(pair.Key);
        }

        return bySymbol;
    }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
