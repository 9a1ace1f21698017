using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// A folder of one file, bound before an edit of that file, carried into the tree the edit made without binding it
/// again: the file's symbols copied (<see cref="SymbolMap"/>), its tables moved, the declaration table, record and
/// scope made over the copies, what each pass found carried over, all put together as the <see cref="BoundFolder"/>
/// that <see cref="Binder.Check"/> finishes. What the edited member itself says is the version before's: the caller
/// binds that member again, or the edit did not change what binding reads.
/// </summary>
internal static class CopiedFolder
{
    private static readonly IReadOnlyDictionary<string, BindingResult> NoUsedFolders = ImmutableDictionary<string, BindingResult>.Empty;

    /// <summary>
    /// <paramref name="before"/> and its finished <paramref name="result"/> carried into <paramref name="tree"/>, the tree
    /// an edit moving positions by <paramref name="shift"/> made of the folder's one file; null for a folder this cannot
    /// carry (more than one file, a use, a diagnostic whose message names a place the edit may move, or an edit that cuts
    /// across a symbol's declaration or name, whose moved span no node of the new tree would have).
    /// </summary>
    public static BoundFolder? TryCopy(BoundFolder before, BindingResult result, SyntaxTree tree, SpanShift shift)
    {
        if (before.Scope.Trees is not [var old] || old.FilePath != tree.FilePath || before.Used.Count != 0) return null;
        if (CutsASymbol(result.Symbols, shift)) return null;
        if (NamesAPlace(before.DeclarationDiagnostics) || NamesAPlace(before.ActorDiagnostics)) return null;
        foreach (var pass in before.Passes)
        {
            if (NamesAPlace(pass.Diagnostics)) return null;
        }

        var map = SymbolMap.Copy(old, result.Symbols, tree, shift);
        var own = before.Own.CopiedBy(map, old.Text);
        var trees = ImmutableArray.Create(tree);
        var layout = ArchiveLayout.Create(trees, root: null);
        var names = new Dictionary<SyntaxTree, NameScope> { [tree] = Binder.ScopeOf(own, layout.UsesOf(tree), NoUsedFolders) };
        var scope = new BindingScope(trees, new Dictionary<SyntaxTree, TreeBinding.Builder> { [tree] = new() }, layout, own, names);
        var record = result.RecordOfTree(old).CopyInto(tree.Text, shift);
        var actors = new BoundActors(new Dictionary<SyntaxTree, RecordSymbol> { [tree] = record }, new VisibleActors(own, []));
        var moved = new DiagnosticMove(old.Text, tree.Text, shift);
        return new BoundFolder([tree.Root], scope, own, new SortedSet<string>(StringComparer.Ordinal), actors, PassesOver(before.Passes, tree, map, moved),
            new Dictionary<SyntaxTree, TreeBinding> { [tree] = result.For(old).Moved(shift, map) },
            [.. moved.All(before.DeclarationDiagnostics)], moved.All(before.ActorDiagnostics));
    }

    /// <summary>
    /// What <see cref="TryCopy"/> reads of a bound folder, kept after binding: no root, no statement left for later
    /// (both hold syntax nodes, which a finished compilation must let go) and no position tables (the result has them).
    /// </summary>
    public static BoundFolder Kept(BoundFolder bound)
    {
        var scope = bound.Scope;
        var slim = new BindingScope(scope.Trees, new Dictionary<SyntaxTree, TreeBinding.Builder>(), scope.Layout, bound.Own, new Dictionary<SyntaxTree, NameScope>());
        var passes = ImmutableArray.CreateBuilder<FileBindingResult>(bound.Passes.Length);
        foreach (var pass in bound.Passes) passes.Add(new FileBindingResult(pass.Diagnostics, pass.AddedSymbols, pass.Events, pass.ParticipantNames, []));
        return new BoundFolder([], slim, bound.Own, bound.Used, bound.Actors, passes.MoveToImmutable(), new Dictionary<SyntaxTree, TreeBinding>(),
            bound.DeclarationDiagnostics, bound.ActorDiagnostics);
    }

    /// <summary>
    /// Each pass's diagnostics moved, its added symbols mapped, and the spans of its events and participant names moved by
    /// the edit. The statements left for later are not carried: only binding reads them.
    /// </summary>
    private static ImmutableArray<FileBindingResult> PassesOver(ImmutableArray<FileBindingResult> old, SyntaxTree tree, SymbolMap map, DiagnosticMove moved)
    {
        var passes = ImmutableArray.CreateBuilder<FileBindingResult>(old.Length);
        foreach (var pass in old)
        {
            var added = ImmutableArray.CreateBuilder<Symbol>(pass.AddedSymbols.Length);
            foreach (var symbol in pass.AddedSymbols) added.Add(map[symbol]);
            var events = ImmutableArray.CreateBuilder<SettlementSite>(pass.Events.Length);
            foreach (var site in pass.Events)
                events.Add(new SettlementSite(map.Map(site.Event), map[site.Subject], tree.Text, map.Shift.Move(site.NameSpan)));
            var participants = new Dictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan>(pass.ParticipantNames.Count);
            foreach (var participant in pass.ParticipantNames)
                participants[(map.Map(participant.Key.Meeting), map.Map(participant.Key.Person))] = map.Shift.Move(participant.Value);
            passes.Add(new FileBindingResult(moved.All(pass.Diagnostics), added.MoveToImmutable(), events.MoveToImmutable(), participants, []));
        }

        return passes.MoveToImmutable();
    }

    private static bool CutsASymbol(ImmutableArray<Symbol> symbols, SpanShift shift)
    {
        foreach (var symbol in symbols)
        {
            if (shift.Cuts(symbol.DeclarationLocation.Span) || shift.Cuts(symbol.Location.Span)) return true;
        }

        return false;
    }

    /// <summary>A message that says where something else is (a duplicate's first declaration), as a line and column the edit may have moved.</summary>
    private static bool NamesAPlace(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor.NamesAPlace) return true;
        }

        return false;
    }

    /// <summary>Diagnostics in the text before put where the edit moved them in the text after; those of other texts kept.</summary>
    private sealed class DiagnosticMove(SourceText before, SourceText after, SpanShift shift)
    {
        public ImmutableArray<Diagnostic> All(IReadOnlyList<Diagnostic> diagnostics)
        {
            var moved = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Count);
            foreach (var diagnostic in diagnostics) moved.Add(Move(diagnostic));
            return moved.MoveToImmutable();
        }

        private Diagnostic Move(Diagnostic diagnostic) =>
            diagnostic.Location.Text == before ? diagnostic.WithLocation(diagnostic.Location.MovedBy(shift, before, after)) : diagnostic;
    }
}
