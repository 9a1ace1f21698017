using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Incremental;

/// <summary>
/// The rest of design (A) after the symbols are copied: one file's tables moved by the edit over the copies, the
/// declaration table, record and scope made over them, the events' and participant names' spans moved by the edit,
/// all put together as the <see cref="BoundFolder"/> that <see cref="Binder.Check"/> finishes. For a folder of one file
/// with no use, as R5's is.
/// </summary>
internal static class CopiedFolder
{
    private static readonly Dictionary<string, BindingResult> NoUsedFolders = new();

    /// <summary>The file's position tables with keys after the edit moved and values mapped to the copies; the uses found are shared.</summary>
    public static TreeBinding MoveTables(TreeBinding old, Edit edit, ISymbolMap map) =>
        SymbolFields.NewTreeBinding(
            Move(old.Declared, edit, symbol => map[symbol]),
            Move(old.References, edit, symbol => map[symbol]),
            Move(old.Dates, edit, date => date.Span.End < edit.Start ? date : date with { Span = edit.Move(date.Span) }),
            (HashSet<int>)old.UsedImports);

    private static PositionTable<T> Move<T>(PositionTable<T> table, Edit edit, Func<T, T> copyOf)
        where T : class
    {
        var keys = table.KeysInOrder;
        var values = table.Values;
        var movedKeys = new long[keys.Count];
        var movedValues = new T[keys.Count];
        for (var i = 0; i < movedKeys.Length; i++)
        {
            var start = TreeBinding.StartOf(keys[i]);
            movedKeys[i] = start >= edit.End ? TreeBinding.KeyOf(start + edit.Delta, (SyntaxKind)(uint)keys[i]) : keys[i];
            movedValues[i] = copyOf(values[i]);
        }

        return PositionTable<T>.FromSorted(movedKeys, movedValues, movedKeys.Length);
    }

    /// <summary>What binding made before the passes over the files, over the copies: the declaration table, the record, the scope.</summary>
    public static (BindingScope Scope, BoundActors Actors, DeclarationTable Own) ScopeOver(BoundFolder old, RecordSymbol oldRecord, SyntaxTree tree, Edit edit, ISymbolMap map)
    {
        var own = old.Own;
        var symbols = ImmutableArray.CreateBuilder<Symbol>(own.Symbols.Length);
        foreach (var symbol in own.Symbols) symbols.Add(map[symbol]);
        var oldActors = SymbolFields.ActorsOf(own);
        var actors = new Dictionary<string, ActorSymbol>(oldActors.Count, StringComparer.Ordinal);
        foreach (var (name, actor) in oldActors) actors.Add(name, (ActorSymbol)map[actor]);
        var oldLabels = SymbolFields.LabelsOf(own);
        var labels = new Dictionary<string, Symbol>(oldLabels.Count, StringComparer.Ordinal);
        foreach (var (name, label) in oldLabels) labels.Add(name, map[label]);
        var table = new DeclarationTable(symbols.MoveToImmutable(), actors, labels, own.Policies);

        var trees = ImmutableArray.Create(tree);
        var layout = ArchiveLayout.Create(trees, root: null);
        var names = new Dictionary<SyntaxTree, NameScope> { [tree] = Binder.ScopeOf(table, layout.UsesOf(tree), NoUsedFolders) };
        var scope = new BindingScope(trees, new Dictionary<SyntaxTree, TreeBinding.Builder> { [tree] = new() }, layout, table, names);

        var record = (RecordSymbol)SymbolFields.CloneOf(oldRecord);
        SymbolFields.TextOf(record) = tree.Text;
        ref var header = ref SymbolFields.HeaderSpanOf(record);
        if (header is { } span) header = edit.Move(span);
        return (scope, new BoundActors(new Dictionary<SyntaxTree, RecordSymbol> { [tree] = record }, new VisibleActors(table, [])), table);
    }

    /// <summary>Each pass's events and participant names over the copies (their spans moved by the edit, nothing looked up in the tree), its added symbols mapped.</summary>
    public static ImmutableArray<FileBindingResult> PassesOver(ImmutableArray<FileBindingResult> old, SyntaxTree tree, Edit edit, ISymbolMap map)
    {
        var passes = ImmutableArray.CreateBuilder<FileBindingResult>(old.Length);
        foreach (var pass in old)
        {
            var added = ImmutableArray.CreateBuilder<Symbol>(pass.AddedSymbols.Length);
            foreach (var symbol in pass.AddedSymbols) added.Add(map[symbol]);
            var events = ImmutableArray.CreateBuilder<SettlementSite>(pass.Events.Length);
            foreach (var site in pass.Events)
                events.Add(new SettlementSite((StatementSymbol)map[site.Event], map[site.Subject], tree.Text, edit.Move(site.NameSpan)));
            var participants = new Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan>(pass.ParticipantNames.Count);
            foreach (var ((meeting, person), span) in pass.ParticipantNames)
                participants[((MeetingSymbol)map[meeting], (PersonSymbol)map[person])] = edit.Move(span);
            passes.Add(new FileBindingResult(MovedDiagnostics(pass.Diagnostics), added.MoveToImmutable(), events.MoveToImmutable(), participants, []));
        }

        return passes.MoveToImmutable();
    }

    /// <summary>The folder <see cref="Binder.Check"/> finishes, over the copies.</summary>
    public static BoundFolder Assemble(BoundFolder old, SyntaxTree tree, (BindingScope Scope, BoundActors Actors, DeclarationTable Own) scope,
        ImmutableArray<FileBindingResult> passes, TreeBinding binding) =>
        new([tree.Root], scope.Scope, scope.Own, new SortedSet<string>(StringComparer.Ordinal), scope.Actors, passes,
            new Dictionary<SyntaxTree, TreeBinding> { [tree] = binding }, [.. MovedDiagnostics([.. old.DeclarationDiagnostics])], MovedDiagnostics(old.ActorDiagnostics));

    /// <summary>
    /// The floor is measured on R5's file, which binds without a diagnostic; moving one would be a new location over the
    /// new text per diagnostic, which this does not time, so a file with any is refused rather than measured short.
    /// </summary>
    private static ImmutableArray<Diagnostic> MovedDiagnostics(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.IsEmpty ? diagnostics : throw new InvalidOperationException("the floor is measured on a file that binds without diagnostics");
}
