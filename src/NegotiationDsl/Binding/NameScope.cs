using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>What a name is looked up as: an actor, or a label (a meeting, talks or statement), or a label that should be a commitment.</summary>
internal enum NameKind
{
    Actor,
    Label,
    Commitment,
}

/// <summary>
/// The names one file sees: its folder's declarations first, then those of the folders and files it uses
/// (by their own names, or after an alias and a dot). Built before binding from read-only tables, so every
/// pass may look names up at once.
/// </summary>
internal sealed class NameScope
{
    /// <summary>Up to this many unaliased uses, a name is looked up in each; beyond, in an index of their names.</summary>
    private const int ScannedUses = 16;

    private readonly DeclarationTable _own;
    private readonly ImmutableArray<Import> _imports;

    /// <summary>The uses without an alias, once per folder or file used: a second use of the same changes no lookup.</summary>
    private static readonly List<Import> s_noImports = new(0);
    private readonly List<Import> _unaliased = new();
    private readonly Dictionary<string, Import> _byAlias = new(StringComparer.Ordinal);
    private readonly Lazy<UseIndex>? _index;
    private NameSuggestions? _aliasSuggestions;

    public NameScope(DeclarationTable own, ImmutableArray<Import> imports)
    {
        _own = own;
        _imports = imports;
        Policies = imports.IsEmpty ? own.Policies : MergedPolicies(own, imports);
        var targets = new HashSet<(DeclarationTable, SyntaxTree?)>();
        foreach (var import in imports)
        {
            if (import.Use.Alias is { } alias)
            {
                if (!_byAlias.ContainsKey(alias)) _byAlias[alias] = import;
            }
            else if (targets.Add((import.Table, import.Use.File))) _unaliased.Add(import);
        }

        // A file may use thousands of folders: each name would then cost a lookup in each of them.
        if (_unaliased.Count > ScannedUses) _index = new(() => new UseIndex(_unaliased), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The folder's own policies, and for a word it has none for, the first unaliased use's.</summary>
    public PolicyTable Policies { get; }

    public ImmutableArray<Import> Imports => _imports;

    /// <summary>Looks a name up without a word about what is wrong (a later lookup of the same name reports it).</summary>
    public bool TryGet(string text, NameKind kind, out Symbol symbol)
    {
        symbol = Find(text, kind, out _, out _)!;
        return symbol is not null;
    }

    /// <summary>
    /// The symbol <paramref name="name"/> refers to, or null with the diagnostic that says why (unknown, ambiguous,
    /// unknown alias; the archive turns an unknown name another folder declares into "add a use"); <paramref name="usedImport"/> is the use it came through.
    /// </summary>
    public Symbol? Resolve(SyntaxTree tree, NameSyntax name, NameKind kind, Action<Diagnostic> report, out int usedImport)
    {
        var text = name.Identifier.Text;
        var symbol = Find(text, kind, out usedImport, out var ambiguous);
        if (symbol is not null) return symbol;

        var location = Binder.At(tree, name.Identifier);
        var qualifier = QualifiedName.QualifierOf(text);
        var simple = QualifiedName.SimpleNameOf(text);
        if (qualifier is not null)
        {
            if (ImportNamed(qualifier) is { } import) report(NotDeclared(location, text, [Table(import)], simple, kind, qualifier + "."));
            else report(DiagnosticCatalog.UnknownAlias(location, qualifier, (_aliasSuggestions ??= new NameSuggestions(() => _byAlias.Keys)).Suggest(qualifier)));
        }
        else if (ambiguous.Count > 1)
            report(DiagnosticCatalog.AmbiguousName(location, simple, DiagnosticCatalog.ListSome(ambiguous.Select(Written), ambiguous.Count, " and ", quote: "\"")));
        else
            report(NotDeclared(location, text, UnqualifiedTables(), simple, kind));
        return null;
    }

    private Symbol? Find(string text, NameKind kind, out int usedImport, out List<Import> ambiguous)
    {
        usedImport = -1;
        // Shared and never written: most names are found in their own folder, and a list each was a new object per name.
        ambiguous = s_noImports;
        var qualifier = QualifiedName.QualifierOf(text);
        if (qualifier is not null)
        {
            if (ImportNamed(qualifier) is not { } import) return null;
            usedImport = import.Use.Index;
            return FindIn(import, QualifiedName.SimpleNameOf(text), kind);
        }

        if (FindIn(_own, text, kind) is { } own) return own;
        return _index is null ? FindInUses(text, kind, out usedImport, out ambiguous) : FindThroughIndex(text, kind, out usedImport, out ambiguous);
    }

    // Apart from Find: a lambda capturing the name's kind makes its closure object at the start of the method that
    // holds it, so in Find every lookup paid for it, found in its own folder or not.
    private Symbol? FindThroughIndex(string text, NameKind kind, out int usedImport, out List<Import> ambiguous)
    {
        var (symbol, first, declaring) = _index!.Value.Found.GetOrAdd((text, kind == NameKind.Actor), key =>
        {
            var found = FindInUses(key.Name, kind, out var index, out var all);
            return (found, index, all);
        });
        usedImport = first;
        ambiguous = declaring;
        return symbol;
    }

    /// <summary>The symbol the unaliased uses give a name, with the first use that declares it; null with each use that declares another symbol of that name when there are several.</summary>
    private Symbol? FindInUses(string text, NameKind kind, out int usedImport, out List<Import> ambiguous)
    {
        usedImport = -1;
        ambiguous = new List<Import>(0);
        Symbol? found = null;
        HashSet<Symbol>? others = null;
        foreach (var import in Declaring(text, kind))
        {
            if (FindIn(import, text, kind) is not { } symbol) continue;
            if (found is null)
            {
                found = symbol;
                usedImport = import.Use.Index;
                ambiguous.Add(import);
            }
            else if (symbol != found && (others ??= new HashSet<Symbol>()).Add(symbol)) ambiguous.Add(import);
        }

        return ambiguous.Count > 1 ? null : found;
    }

    /// <summary>The unaliased uses that may declare <paramref name="name"/>, in the order they are written.</summary>
    private List<Import> Declaring(string name, NameKind kind)
    {
        if (_index is null) return _unaliased;
        var names = kind == NameKind.Actor ? _index.Value.Actors : _index.Value.Labels;
        return names.TryGetValue(name, out var imports) ? imports : [];
    }

    private static Symbol? FindIn(Import import, string name, NameKind kind) =>
        FindIn(import.Table, name, kind) is { } symbol && (import.Use.File is null || symbol.SyntaxTree == import.Use.File) ? symbol : null;

    private static Symbol? FindIn(DeclarationTable table, string name, NameKind kind) =>
        kind == NameKind.Actor
            ? table.TryGetActor(name, out var actor) ? actor : null
            : table.TryGetLabel(name, out var label) ? label : null;

    private static DeclarationTable Table(Import import) => import.Table;

    private Import? ImportNamed(string alias) => _byAlias.TryGetValue(alias, out var import) ? import : null;

    private static string Written(Import import) => import.Use.Written;

    /// <summary>What an unqualified name is looked up in: the folder's own names, then each use's without an alias.</summary>
    private List<DeclarationTable> UnqualifiedTables()
    {
        var tables = new List<DeclarationTable> { _own };
        tables.AddRange(_imports.Where(import => import.Use.Alias is null).Select(Table));
        return tables;
    }

    /// <summary>"Not declared", with the closest name of the first table that has one close enough.</summary>
    private static Diagnostic NotDeclared(Location location, string text, List<DeclarationTable> tables, string simple, NameKind kind, string prefix = "")
    {
        string? suggestion = null;
        foreach (var table in tables)
        {
            suggestion = kind switch
            {
                NameKind.Actor => table.SuggestActor(simple),
                NameKind.Commitment => table.SuggestCommitment(simple),
                _ => table.SuggestLabel(simple),
            };
            if (suggestion is not null) break;
        }

        var written = suggestion is null ? null : prefix + suggestion;
        return kind == NameKind.Commitment ? DiagnosticCatalog.UnknownCommitment(location, text, written) : DiagnosticCatalog.UnknownName(location, text, written);
    }

    private static PolicyTable MergedPolicies(DeclarationTable own, ImmutableArray<Import> imports)
    {
        var merged = new PolicyTable.Builder();
        foreach (var kind in new[] { SyntaxKind.SoonKeyword, SyntaxKind.ComingDaysKeyword, SyntaxKind.ComingWeeksKeyword })
        {
            if (own.Policies.TryGetOffset(kind, out var offset) && own.Policies.TryGetLocation(kind, out var location))
            {
                merged.Add(kind, offset, location);
                continue;
            }

            foreach (var import in imports)
            {
                if (import.Use.Alias is null && import.Table.Policies.TryGetOffset(kind, out var used) && import.Table.Policies.TryGetLocation(kind, out var at))
                {
                    merged.Add(kind, used, at);
                    break;
                }
            }
        }

        return merged.ToTable();
    }
}

/// <summary>The names of many uses, each with the uses that declare it in the order they are written, and the answers given from them.</summary>
internal sealed class UseIndex
{
    public UseIndex(List<Import> uses)
    {
        foreach (var use in uses)
        {
            foreach (var name in use.Table.ActorNames) Add(Actors, name, use);
            foreach (var name in use.Table.LabelNames) Add(Labels, name, use);
        }
    }

    public Dictionary<string, List<Import>> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Import>> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Each name's answer, found once: many uses may all declare one name, and each reference would look at all of them.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(string Name, bool IsActor), (Symbol? Symbol, int First, List<Import> Declaring)> Found { get; } = new();

    private static void Add(Dictionary<string, List<Import>> index, string name, Import use)
    {
        if (!index.TryGetValue(name, out var list)) index[name] = list = new List<Import>(1);
        list.Add(use);
    }
}

/// <summary>A use of this file and the declarations of the folder it names.</summary>
internal sealed record Import(ResolvedUse Use, DeclarationTable Table);
