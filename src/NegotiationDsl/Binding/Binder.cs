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
/// (files in parallel; statements that count from another statement last), then run the checks that need everything (commitment events, overlapping meetings, unused names).
/// </summary>
internal sealed partial class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<Symbol> _symbols = new();

    // What the result keeps, by file and position. During the parallel pass each worker writes only the
    // table of its own file, so the tables need no lock and no merge (issue 8, R7).
    private readonly Dictionary<SyntaxTree, TreeBinding> _byTree = new();
    private readonly Dictionary<string, ActorSymbol> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _labels = new(StringComparer.Ordinal);
    private readonly PolicyTable _policies = new();
    private readonly Dictionary<SyntaxTree, RecordSymbol> _records = new();

    /// <summary>The parties' 'of' links, numbered for the participant checks; set once every cycle is cut, built on first use.</summary>
    private Lazy<PartyTree> _partyTree = null!;

    /// <summary>Each person's offices, sorted for the office check; set once persons are bound, built on first use.</summary>
    private Lazy<Dictionary<PersonSymbol, OfficeCalendar>> _officeCalendars = null!;

    // "Did you mean" for each kind of name; each is indexed on its first use, when every name is declared.
    private readonly NameSuggestions _actorSuggestions;
    private readonly NameSuggestions _labelSuggestions;
    private readonly NameSuggestions _commitmentSuggestions;

    private Binder(ImmutableArray<SyntaxTree> trees)
    {
        _trees = trees;
        foreach (var tree in trees) _byTree[tree] = new TreeBinding();
        _actorSuggestions = new NameSuggestions(() => _actors.Keys);
        _labelSuggestions = new NameSuggestions(() => _labels.Keys);
        _commitmentSuggestions = new NameSuggestions(() => _labels.Where(pair => pair.Value is CommitmentSymbol).Select(pair => pair.Key));
    }

    public static BindingResult Bind(ImmutableArray<SyntaxTree> trees)
    {
        // Holding every root while binding keeps each tree's nodes the same objects in every pass.
        var roots = new CompilationUnitSyntax[trees.Length];
        for (var i = 0; i < trees.Length; i++) roots[i] = trees[i].Root;
        var binder = new Binder(trees);
        binder.DeclareAll();
        foreach (var tree in trees) binder.BindPolicies(tree);
        foreach (var tree in trees) binder._records[tree] = binder.BindHeader(tree);
        foreach (var tree in trees) binder.BindActorDeclarations(tree);
        binder.CheckPartyCycles();
        var parties = binder._symbols.OfType<PartySymbol>().ToList();
        binder._partyTree = new Lazy<PartyTree>(() => new PartyTree(parties), LazyThreadSafetyMode.ExecutionAndPublication);
        var persons = binder._symbols.OfType<PersonSymbol>().ToList();
        binder._officeCalendars = new Lazy<Dictionary<PersonSymbol, OfficeCalendar>>(
            () => persons.ToDictionary(person => person, person => new OfficeCalendar(person.Offices)), LazyThreadSafetyMode.ExecutionAndPublication);
        binder.BindRecordsInParallel();
        binder.BindDependentStatements();
        binder.CheckCommitmentEvents();
        binder.CheckOverlappingMeetings();
        binder.CheckUnusedDeclarations();
        GC.KeepAlive(roots);
        return new BindingResult(binder._symbols.ToImmutableArray(), trees, binder._records, binder._byTree, SuppressionsOf(trees),
            binder._diagnostics.ToImmutableArray());
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

    private static Location At(SyntaxTree tree, SyntaxElement element) => new(tree.Text, element.Span);

    private static string Where(Symbol symbol)
    {
        var position = symbol.Location.LineSpan.Start;
        return $"{symbol.Location.FilePath}({position.ToString()})";
    }

    // ---- Pass 1: declarations -----------------------------------------------------------------

    /// <summary>
    /// Makes every file's symbols (files in parallel: a file's symbols depend on nothing else), then
    /// registers their names in file order, so duplicates are reported as a serial run reports them.
    /// </summary>
    private void DeclareAll()
    {
        var declarations = new List<Declaration>[_trees.Length];
        if (_trees.Length < 2 || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < _trees.Length; i++) declarations[i] = DeclareFile(_trees[i]);
        }
        else
        {
            DeclareFilesInParallel(declarations);
        }

        foreach (var file in declarations)
        {
            foreach (var declaration in file) Register(declaration);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DeclareFilesInParallel(List<Declaration>[] declarations) =>
        Parallel.For(0, _trees.Length, Parallelism.Options, i => declarations[i] = DeclareFile(_trees[i]));

    /// <summary>The symbols one file declares, in source order; only this file's table is written.</summary>
    private List<Declaration> DeclareFile(SyntaxTree tree)
    {
        var declarations = new List<Declaration>();
        DeclareMembers(tree, tree.Root.Members, meeting: null, talks: null, declarations);
        var binding = _byTree[tree];
        Reserve(binding, declarations.Count);
        var table = binding.Declared;
        foreach (var declaration in declarations) table[TreeBinding.KeyOf(declaration.Node)] = declaration.Symbol;
        return declarations;
    }

    /// <summary>
    /// Sizes a file's tables for its <paramref name="declarations"/>: records refer to about one and a half actors
    /// and resolve about half a date per declaration (the examples and the benchmark corpus alike); growing the
    /// tables step by step allocated 10 MB per 5 MB of records (issue 8). netstandard2.0, only the source
    /// generator's host, has no EnsureCapacity: the tables grow there.
    /// </summary>
    private static void Reserve(TreeBinding binding, int declarations)
    {
#if NET
        binding.Declared.EnsureCapacity(declarations);
        binding.References.EnsureCapacity(declarations * 3 / 2);
        binding.Dates.EnsureCapacity(declarations / 2);
#endif
    }

    private static void DeclareMembers(SyntaxTree tree, SyntaxList<MemberSyntax> members, MeetingSymbol? meeting, TalksSymbol? talks, List<Declaration> declarations)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case PartyDeclarationSyntax party when !party.Identifier.IsMissing:
                    declarations.Add(new Declaration(party, new PartySymbol(party.Identifier.Text, tree, party), party.Identifier, IsActor: true));
                    break;
                case PersonDeclarationSyntax person when !person.Identifier.IsMissing:
                    declarations.Add(new Declaration(person, new PersonSymbol(person.Identifier.Text, tree, person), person.Identifier, IsActor: true));
                    break;
                case MeetingDeclarationSyntax meetingSyntax:
                    var meetingSymbol = new MeetingSymbol(MeetingName(meetingSyntax), tree, meetingSyntax) { Talks = talks };
                    declarations.Add(new Declaration(meetingSyntax, meetingSymbol, meetingSyntax.Label?.Identifier, IsActor: false));
                    DeclareMembers(tree, meetingSyntax.Body.Members, meetingSymbol, talks, declarations);
                    break;
                case TalksDeclarationSyntax talksSyntax:
                    var talksSymbol = new TalksSymbol(talksSyntax.Label?.Identifier.Text ?? talksSyntax.Title?.Value ?? "talks", tree, talksSyntax);
                    declarations.Add(new Declaration(talksSyntax, talksSymbol, talksSyntax.Label?.Identifier, IsActor: false));
                    DeclareMembers(tree, talksSyntax.Body.Members, meeting: null, talksSymbol, declarations);
                    break;
                case StatementSyntax statement:
                    var symbol = CreateStatementSymbol(tree, statement);
                    symbol.Meeting = meeting;
                    symbol.Talks = talks ?? meeting?.Talks;
                    declarations.Add(new Declaration(statement, symbol, statement.Label?.Identifier, IsActor: false));
                    break;
            }
        }
    }

    // A class, not a struct: List<T> over a struct of ours is code ReadyToRun cannot precompile (issue 8, R6).
    /// <summary>A declared symbol, its node, and the token that names it (an actor's identifier or a label).</summary>
    private sealed record Declaration(SyntaxNode Node, Symbol Symbol, SyntaxToken? Name, bool IsActor);

    private static string MeetingName(MeetingDeclarationSyntax meeting) =>
        meeting.Label?.Identifier.Text ?? "meeting " + meeting.Place switch
        {
            NameSyntax name => name.Identifier.Text,
            StringLiteralSyntax text => text.Value,
            _ => "",
        };

    /// <summary>Adds a declared symbol to the compilation and its name to the actors or labels; a second use of a name is reported.</summary>
    private void Register(Declaration declaration)
    {
        var symbol = declaration.Symbol;
        _symbols.Add(symbol);
        if (declaration.Name is not { IsMissing: false } name) return;
        if (declaration.IsActor)
        {
            if (_actors.TryGetValue(name.Text, out var previousActor))
                Report(DiagnosticCatalog.DuplicateDeclaration(At(symbol.SyntaxTree, name), name.Text, Where(previousActor)));
            else
                _actors[name.Text] = (ActorSymbol)symbol;
            return;
        }

        if (_labels.TryGetValue(name.Text, out var previous))
            Report(DiagnosticCatalog.DuplicateLabel(At(symbol.SyntaxTree, name), name.Text, Where(previous)));
        else
            _labels[name.Text] = symbol;
    }

    private static StatementSymbol CreateStatementSymbol(SyntaxTree tree, StatementSyntax statement)
    {
        var identifier = statement.Label?.Identifier;
        if (statement is OutcomeStatementSyntax)
            return new StatementSymbol(identifier?.Text ?? Verbs.Of(StatementKind.Outcome).Name, tree, statement, identifier, StatementKind.Outcome);

        var verb = ((ActorStatementSyntax)statement).Predicate.Verb;
        var name = identifier?.Text ?? verb.Name;
        return verb.Commitment == CommitmentEffect.Makes
            ? new CommitmentSymbol(name, tree, statement, identifier)
            : new StatementSymbol(name, tree, statement, identifier, verb.Kind);
    }

    // ---- Policies -------------------------------------------------------------------------------

    private void BindPolicies(SyntaxTree tree)
    {
        foreach (var policy in tree.Root.Members.OfType<PolicyDeclarationSyntax>())
        {
            var word = policy.FuzzyKeyword;
            if (word.IsMissing) continue;
            if (policy.Value is not OffsetDateSyntax { Keyword: not null, AgoKeyword: null } offset)
            {
                Report(DiagnosticCatalog.InvalidPolicy(At(tree, policy.Value), word.Text));
                continue;
            }

            if (_policies.TryGetLocation(word.Kind, out var previous))
            {
                Report(DiagnosticCatalog.DuplicatePolicy(At(tree, word), word.Text, previous.ToString()));
                continue;
            }

            _policies.Add(word.Kind, offset, At(tree, word));
        }
    }
}
