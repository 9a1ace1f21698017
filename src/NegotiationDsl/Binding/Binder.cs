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
/// Binds a whole compilation in three passes: declare every symbol of every file (so names work across
/// files and before their declaration), bind each file's declarations and statements with their dates
/// (files in parallel; statements that count from another statement last), then run the checks that need everything (<see cref="CompilationChecks"/>).
/// </summary>
internal sealed partial class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly List<Diagnostic> _diagnostics = new();

    /// <summary>The symbols this pass makes beyond the declared ones (reported speech).</summary>
    private readonly List<Symbol> _symbols = new();

    // What the result keeps, by file and position. During the parallel pass each worker writes only the
    // table of its own file, so the tables need no lock and no merge.
    private readonly Dictionary<SyntaxTree, TreeBinding.Builder> _byTree = new();
    private readonly Dictionary<SyntaxTree, RecordSymbol> _records = new();
    private readonly DeclarationTable _declarations;

    /// <summary>The parties' 'of' links, numbered for the participant checks; set once every cycle is cut, built on first use.</summary>
    private Lazy<PartyTree> _partyTree = null!;

    /// <summary>Each person's offices, sorted for the office check; set once persons are bound, built on first use.</summary>
    private Lazy<Dictionary<PersonSymbol, OfficeCalendar>> _officeCalendars = null!;

    private Binder(ImmutableArray<SyntaxTree> trees, bool parallel)
    {
        _trees = trees;
        foreach (var tree in trees) _byTree[tree] = new TreeBinding.Builder();
        _declarations = Declarer.Declare(trees, _byTree, parallel, _diagnostics);
    }

    public static BindingResult Bind(ImmutableArray<SyntaxTree> trees) =>
        // One file (the usual cold `negc check file.neg`) or one core: starting the thread pool would cost more than it saves.
        Bind(trees, parallel: trees.Length >= 2 && Environment.ProcessorCount >= 2, out _);

    /// <summary>Binds with the per-file passes in parallel or one after another, and hands back what each pass returned (tests compare them).</summary>
    internal static BindingResult Bind(ImmutableArray<SyntaxTree> trees, bool parallel, out ImmutableArray<FileBindingResult> passes)
    {
        // Holding every root while binding keeps each tree's nodes the same objects in every pass.
        var roots = new CompilationUnitSyntax[trees.Length];
        for (var i = 0; i < trees.Length; i++) roots[i] = trees[i].Root;
        var binder = new Binder(trees, parallel);
        foreach (var tree in trees) binder._records[tree] = binder.BindHeader(tree);
        foreach (var tree in trees) binder.BindActorDeclarations(tree);
        binder.CheckPartyCycles();
        var parties = binder._declarations.Symbols.OfType<PartySymbol>().ToList();
        binder._partyTree = new Lazy<PartyTree>(() => new PartyTree(parties), LazyThreadSafetyMode.ExecutionAndPublication);
        var persons = binder._declarations.Symbols.OfType<PersonSymbol>().ToList();
        binder._officeCalendars = new Lazy<Dictionary<PersonSymbol, OfficeCalendar>>(
            () => persons.ToDictionary(person => person, person => new OfficeCalendar(person.Offices)), LazyThreadSafetyMode.ExecutionAndPublication);
        var files = parallel ? binder.BindEachFileOnAWorker() : binder.BindEachFile();
        passes = files.Add(new Binder(binder).BindLaterStatements(files));
        var bindings = new Dictionary<SyntaxTree, TreeBinding>(trees.Length);
        foreach (var tree in trees) bindings[tree] = binder._byTree[tree].ToBinding();
        var checks = new CompilationChecks(binder._declarations, bindings, binder._partyTree, passes).Run();
        GC.KeepAlive(roots);

        // In the order a single pass over the files would add them: results and diagnostics do not depend on the number of cores.
        var symbols = ImmutableArray.CreateBuilder<Symbol>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        symbols.AddRange(binder._declarations.Symbols);
        diagnostics.AddRange(binder._diagnostics);
        foreach (var pass in passes)
        {
            symbols.AddRange(pass.AddedSymbols);
            diagnostics.AddRange(pass.Diagnostics);
        }

        diagnostics.AddRange(checks);
        return new BindingResult(symbols.ToImmutable(), trees, binder._records, bindings, SuppressionsOf(trees), diagnostics.ToImmutable());
    }

    private void Refer(SyntaxTree tree, NameSyntax name, Symbol symbol) =>
        _byTree[tree].References[TreeBinding.KeyOf(name.Identifier.Span.Start, SyntaxKind.Name)] = symbol;

    private void AddDeclared(SyntaxNode node, Symbol symbol) => _byTree[symbol.SyntaxTree].Declared[TreeBinding.KeyOf(node)] = symbol;

    /// <summary>The symbol a node of <paramref name="tree"/> declares; binding and the result share the file's table.</summary>
    private Symbol? Declared(SyntaxTree tree, SyntaxNode node) =>
        _byTree[tree].Declared.TryGetValue(TreeBinding.KeyOf(node), out var symbol) ? symbol : null;

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

    internal static Location At(SyntaxTree tree, SyntaxElement element) => new(tree.Text, element.Span);

    internal static string Where(Symbol symbol)
    {
        var position = symbol.Location.LineSpan.Start;
        return $"{symbol.Location.FilePath}({position.ToString()})";
    }
}
