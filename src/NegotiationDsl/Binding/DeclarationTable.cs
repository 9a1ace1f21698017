using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Binding;

/// <summary>
/// Every name the files of one namespace (a compilation, or a folder of an archive) declare: actors, labels and fuzzy-date policies. Built once by
/// <see cref="Declarer"/> before anything is bound, then only read (by every file's binder at once), so
/// it offers no way to change it.
/// </summary>
internal sealed class DeclarationTable
{
    private readonly Dictionary<string, ActorSymbol> _actors;
    private readonly Dictionary<string, Symbol> _labels;
    private readonly NameSuggestions _actorSuggestions;
    private readonly NameSuggestions _labelSuggestions;
    private readonly NameSuggestions _commitmentSuggestions;

    public DeclarationTable(ImmutableArray<Symbol> symbols, Dictionary<string, ActorSymbol> actors, Dictionary<string, Symbol> labels, PolicyTable policies)
    {
        Symbols = symbols;
        _actors = actors;
        _labels = labels;
        Policies = policies;
        // "Did you mean" for each kind of name, indexed on its first use.
        _actorSuggestions = new NameSuggestions(() => _actors.Keys);
        _labelSuggestions = new NameSuggestions(() => _labels.Keys);
        _commitmentSuggestions = new NameSuggestions(() => _labels.Where(pair => pair.Value is CommitmentSymbol).Select(pair => pair.Key));
    }

    /// <summary>The same names over the symbols' copies (<see cref="SymbolMap"/>) after an edit of <paramref name="before"/>.</summary>
    public DeclarationTable CopiedBy(SymbolMap map, Text.SourceText before)
    {
        var symbols = ImmutableArray.CreateBuilder<Symbol>(Symbols.Length);
        foreach (var symbol in Symbols) symbols.Add(map[symbol]);
        var actors = new Dictionary<string, ActorSymbol>(_actors.Count, StringComparer.Ordinal);
        foreach (var actor in _actors) actors.Add(actor.Key, map.Map(actor.Value));
        var labels = new Dictionary<string, Symbol>(_labels.Count, StringComparer.Ordinal);
        foreach (var label in _labels) labels.Add(label.Key, map[label.Value]);
        return new DeclarationTable(symbols.MoveToImmutable(), actors, labels, Policies.Moved(before, map.Tree.Text, map.Shift));
    }

    /// <summary>Every declared symbol, in file order, then source order.</summary>
    public ImmutableArray<Symbol> Symbols { get; }

    public PolicyTable Policies { get; }

    /// <summary>The actors by name, the first declaration of each name, in declaration order.</summary>
    public IEnumerable<ActorSymbol> Actors => _actors.Values;

    public IEnumerable<string> ActorNames => _actors.Keys;

    public IEnumerable<string> LabelNames => _labels.Keys;

    public bool TryGetActor(string name, out ActorSymbol actor) => _actors.TryGetValue(name, out actor!);

    public bool TryGetLabel(string name, out Symbol symbol) => _labels.TryGetValue(name, out symbol!);

    public bool IsActor(string name) => _actors.ContainsKey(name);

    public bool IsLabel(string name) => _labels.ContainsKey(name);

    public string? SuggestActor(string name) => _actorSuggestions.Suggest(name);

    public string? SuggestLabel(string name) => _labelSuggestions.Suggest(name);

    public string? SuggestCommitment(string name) => _commitmentSuggestions.Suggest(name);
}
