using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// Binds a whole compilation in passes: declare every symbol of every file (so names work across files and
/// before their declaration: <see cref="Declarer"/>), bind the record headers, parties and persons, bind each
/// file's meetings, talks and statements with their dates (files in parallel; statements that count from another
/// statement last), then run the checks that need everything (<see cref="CompilationChecks"/>). Each pass has a
/// binder of its own: it reads the <see cref="BindingScope"/> and what earlier passes handed on, writes only its
/// own lists and its files' tables, and returns what it found frozen, so nothing a pass owns outlives it.
/// </summary>
internal sealed partial class Binder
{
    private readonly BindingScope _scope;

    /// <summary>What the actor pass handed on; null only while that pass runs.</summary>
    private readonly BoundActors? _actors;

    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Action<Diagnostic> _reporter;

    /// <summary>The resolver of each file's dates (<see cref="DateResolverOf"/>).</summary>
    private readonly Dictionary<SyntaxTree, DateResolver> _dateResolvers = new();

    /// <summary>The symbols this pass makes beyond the declared ones (reported speech).</summary>
    private readonly List<Symbol> _symbols = new();

    private Binder(BindingScope scope, BoundActors? actors)
    {
        _scope = scope;
        _actors = actors;
        _reporter = Report;
    }

    private BoundActors Actors => _actors ?? throw new InvalidOperationException("The actor pass reads no record, party tree or office calendar.");

    /// <summary>Binds the files of one compilation that is no archive: one namespace, and no uses.</summary>
    internal static BindingResult Bind(ImmutableArray<SyntaxTree> trees, bool parallel, out ImmutableArray<FileBindingResult> passes) =>
        BindFolder(trees, ArchiveLayout.Create(trees, root: null), new Dictionary<string, BindingResult>(), parallel, out passes);

    /// <summary>
    /// Binds one namespace (a folder of an archive, or a whole compilation) against the results of the folders its
    /// files use, which <paramref name="usedFolders"/> must hold already. Its symbols are new; theirs are only read.
    /// </summary>
    internal static BindingResult BindFolder(ImmutableArray<SyntaxTree> trees, ArchiveLayout layout, IReadOnlyDictionary<string, BindingResult> usedFolders,
        bool parallel, out ImmutableArray<FileBindingResult> passes)
    {
        var bound = BindWithoutChecks(trees, layout, usedFolders, parallel);
        passes = bound.Passes;
        return Check(bound);
    }

    /// <summary>Every pass but the checks that need the whole folder bound (the benchmarks time the two apart).</summary>
    internal static BoundFolder BindWithoutChecks(ImmutableArray<SyntaxTree> trees, ArchiveLayout layout, IReadOnlyDictionary<string, BindingResult> usedFolders,
        bool parallel)
    {
        // Holding every root while binding keeps each tree's nodes the same objects in every pass.
        var roots = new CompilationUnitSyntax[trees.Length];
        for (var i = 0; i < trees.Length; i++) roots[i] = trees[i].Root;
        var tables = new Dictionary<SyntaxTree, TreeBinding.Builder>(trees.Length);
        foreach (var tree in trees) tables[tree] = new TreeBinding.Builder();
        var declarationDiagnostics = new List<Diagnostic>();
        var own = Declarer.Declare(trees, tables, parallel, declarationDiagnostics);
        var names = new Dictionary<SyntaxTree, NameScope>(trees.Length);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var uses = layout.UsesOf(tree);
            foreach (var use in uses) used.Add(use.Folder);
            names[tree] = ScopeOf(own, uses, usedFolders);
        }

        var scope = new BindingScope(trees, tables, layout, own, names);
        var visible = new VisibleActors(own, used.Select(folder => usedFolders[folder].Declarations).ToList());
        var actors = new Binder(scope, actors: null).BindActors(visible, out var actorDiagnostics);
        var files = parallel && trees.Length >= 2 ? BindEachFileOnAWorker(scope, actors) : BindEachFile(scope, actors);
        var passes = files.Add(new Binder(scope, actors).BindLaterStatements(files));
        var bindings = new Dictionary<SyntaxTree, TreeBinding>(trees.Length);
        foreach (var tree in trees) bindings[tree] = tables[tree].ToBinding();
        return new BoundFolder(roots, scope, own, used, actors, passes, bindings, declarationDiagnostics, actorDiagnostics);
    }

    /// <summary>Runs the checks that need the whole folder bound and freezes the folder's result.</summary>
    internal static BindingResult Check(BoundFolder bound)
    {
        var scope = bound.Scope;
        var trees = scope.Trees;
        var passes = bound.Passes;
        var checks = new CompilationChecks(scope, bound.Bindings, bound.Actors.PartyTree, passes);
        var checkDiagnostics = checks.Run();
        GC.KeepAlive(bound.Roots);

        // In the order a single pass over the files would add them: results and diagnostics do not depend on the number of cores.
        var count = scope.Symbols.Length;
        foreach (var pass in passes) count += pass.AddedSymbols.Length;
        var symbols = ImmutableArray.CreateBuilder<Symbol>(count);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        symbols.AddRange(scope.Symbols);
        diagnostics.AddRange(bound.DeclarationDiagnostics);
        diagnostics.AddRange(bound.ActorDiagnostics);
        foreach (var pass in passes)
        {
            symbols.AddRange(pass.AddedSymbols);
            diagnostics.AddRange(pass.Diagnostics);
        }

        diagnostics.AddRange(checkDiagnostics);
        return new BindingResult(symbols.MoveToImmutable(), trees, bound.Actors.Records, bound.Bindings, SuppressionsOf(trees), diagnostics.ToImmutable(),
            bound.Used.ToImmutableArray(), bound.Own, checks.Settlements());
    }

    /// <summary>
    /// The names a file sees: its folder's own, then those of the folders and files its <paramref name="uses"/> name,
    /// whose results <paramref name="usedFolders"/> holds; no other folder of the archive is looked at.
    /// </summary>
    internal static NameScope ScopeOf(DeclarationTable own, ImmutableArray<ResolvedUse> uses, IReadOnlyDictionary<string, BindingResult> usedFolders) =>
        new(own, uses.Select(use => new Import(use, usedFolders[use.Folder].Declarations)).ToImmutableArray());

    private void Refer(SyntaxTree tree, NameSyntax name, Symbol symbol) =>
        _scope.Tables[tree].References[TreeBinding.KeyOf(name.Identifier.Span.Start, SyntaxKind.Name)] = symbol;

    private void AddDeclared(SyntaxNode node, Symbol symbol) => _scope.Tables[symbol.SyntaxTree].Declared[TreeBinding.KeyOf(node)] = symbol;

    /// <summary>The symbol a node of <paramref name="tree"/> declares; binding and the result share the file's table.</summary>
    private Symbol? Declared(SyntaxTree tree, SyntaxNode node) =>
        _scope.Tables[tree].Declared.TryGetValue(TreeBinding.KeyOf(node), out var symbol) ? symbol : null;

    private static Dictionary<Text.SourceText, Suppressions> SuppressionsOf(ImmutableArray<SyntaxTree> trees)
    {
        var suppressions = new Dictionary<Text.SourceText, Suppressions>();
        foreach (var tree in trees)
        {
            if (Suppressions.From(tree) is { } directives) suppressions[tree.Text] = directives;
        }

        return suppressions;
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary><see cref="Report"/> as a delegate, made once per binder: a method group makes a new delegate at every call.</summary>
    private Action<Diagnostic> Reporter => _reporter;

    internal static Location At(SyntaxTree tree, SyntaxElement element) => new(tree.Text, element.Span);
}
