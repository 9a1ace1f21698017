using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The first pass: makes every file's symbols, registers their names and reads the policies, and freezes
/// all of it into the <see cref="DeclarationTable"/>. Its tables are its own until then.
/// </summary>
internal sealed class Declarer
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> _tables;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, ActorSymbol> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _labels = new(StringComparer.Ordinal);
    private readonly PolicyTable.Builder _policies = new();

    private Declarer(ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> tables, List<Diagnostic> diagnostics)
    {
        _trees = trees;
        _tables = tables;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Makes every file's symbols (files in parallel when <paramref name="parallel"/> and there are several: a file's
    /// symbols depend on nothing else; an archive of 8,000 one-file folders spent more in starting parallel loops than
    /// in declaring), then registers their names in file order, so duplicates are reported as a serial run reports them.
    /// </summary>
    public static DeclarationTable Declare(ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> tables, bool parallel, List<Diagnostic> diagnostics)
    {
        var declarer = new Declarer(trees, tables, diagnostics);
        var declarations = new List<Symbol>[trees.Length];
        if (parallel && trees.Length >= 2) declarer.DeclareFilesInParallel(declarations);
        else
        {
            for (var i = 0; i < trees.Length; i++) declarations[i] = declarer.DeclareFile(trees[i]);
        }

        // The table's list of every symbol, made at its final size and handed over without a copy.
        var count = 0;
        foreach (var file in declarations) count += file.Count;
        var symbols = ImmutableArray.CreateBuilder<Symbol>(count);
        foreach (var file in declarations)
        {
            foreach (var symbol in file)
            {
                symbols.Add(symbol);
                declarer.Register(symbol);
            }
        }

        foreach (var tree in trees) declarer.DeclarePolicies(tree);
        return new DeclarationTable(symbols.MoveToImmutable(), declarer._actors, declarer._labels, declarer._policies.ToTable());
    }

    // Never inlined: a single file should not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DeclareFilesInParallel(List<Symbol>[] declarations) =>
        Parallel.For(0, _trees.Length, Parallelism.Options, i => declarations[i] = DeclareFile(_trees[i]));

    /// <summary>The symbols one file declares, in source order; only this file's table is written.</summary>
    private List<Symbol> DeclareFile(SyntaxTree tree)
    {
        // Room for every top-level member: most declare one symbol, so the list rarely grows.
        var declarations = new List<Symbol>(tree.Root.Members.Count);
        DeclareMembers(tree, tree.Root.Members, meeting: null, talks: null, declarations);
        var binding = _tables[tree];
        Reserve(binding, declarations.Count);
        var table = binding.Declared;
        foreach (var symbol in declarations) table[symbol.DeclarationKey] = symbol;
        return declarations;
    }

    /// <summary>
    /// Sizes a file's tables for its <paramref name="declarations"/>: records refer to about one and a half actors
    /// and resolve about half a date per declaration, and a table grown step by step copies its arrays at every
    /// doubling and leaves the last copy up to half empty (docs/performance.md has what it cost). The room is above those averages: a table that outgrows it by one entry is
    /// copied into one twice its size.
    /// </summary>
    private static void Reserve(TreeBinding.Builder binding, int declarations)
    {
        binding.Declared.Reserve(declarations);
        binding.References.Reserve(declarations * 2);
        binding.Dates.Reserve(declarations * 3 / 4);
    }

    private static void DeclareMembers(SyntaxTree tree, SyntaxList<MemberSyntax> members, MeetingSymbol? meeting, TalksSymbol? talks, List<Symbol> declarations)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case PartyDeclarationSyntax party when !party.Identifier.IsMissing:
                    declarations.Add(new PartySymbol(party.Identifier.Text, tree, party));
                    break;
                case PersonDeclarationSyntax person when !person.Identifier.IsMissing:
                    declarations.Add(new PersonSymbol(person.Identifier.Text, tree, person));
                    break;
                case MeetingDeclarationSyntax meetingSyntax:
                    var meetingSymbol = new MeetingSymbol(MeetingName(meetingSyntax), tree, meetingSyntax) { Talks = talks };
                    declarations.Add(meetingSymbol);
                    DeclareMembers(tree, meetingSyntax.Body.Members, meetingSymbol, talks, declarations);
                    break;
                case TalksDeclarationSyntax talksSyntax:
                    var talksSymbol = new TalksSymbol(talksSyntax.Label?.Identifier.Text ?? talksSyntax.Title?.Value ?? "talks", tree, talksSyntax);
                    declarations.Add(talksSymbol);
                    DeclareMembers(tree, talksSyntax.Body.Members, meeting: null, talksSymbol, declarations);
                    break;
                case AgreementDeclarationSyntax agreement:
                    declarations.Add(new AgreementSymbol(agreement.Label?.Identifier.Text ?? "agreement", tree, agreement));
                    break;
                case StatementSyntax statement:
                    var symbol = CreateStatementSymbol(tree, statement);
                    symbol.Meeting = meeting;
                    symbol.Talks = talks ?? meeting?.Talks;
                    declarations.Add(symbol);
                    break;
            }
        }
    }

    private static string MeetingName(MeetingDeclarationSyntax meeting) => meeting.Label?.Identifier.Text ?? "meeting " + Binder.PlaceOf(meeting);

    /// <summary>
    /// Adds a declared symbol to the compilation and its name to the actors or labels; a second use of a name is reported.
    /// A symbol with an identifier (an actor's, or a label) is named by it and located at it.
    /// </summary>
    private void Register(Symbol symbol)
    {
        if (!symbol.HasIdentifier) return;
        var name = symbol.Name;
        if (QualifiedName.QualifierOf(name) is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.QualifiedDeclaration(symbol.Location, name));
            return;
        }

        if (symbol is ActorSymbol actor)
        {
            if (_actors.TryGetValue(name, out var previousActor))
                _diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration(symbol.Location, name, previousActor.Location));
            else
                _actors[name] = actor;
            return;
        }

        if (_labels.TryGetValue(name, out var previous))
            _diagnostics.Add(DiagnosticCatalog.DuplicateLabel(symbol.Location, name, previous.Location));
        else
            _labels[name] = symbol;
    }

    private static StatementSymbol CreateStatementSymbol(SyntaxTree tree, StatementSyntax statement)
    {
        var identifier = statement.Label?.Identifier;
        if (statement is MilestoneStatementSyntax)
            return new MilestoneSymbol(identifier?.Text ?? Verbs.Of(StatementKind.Milestone).Name, tree, statement, identifier);
        if (statement is OutcomeStatementSyntax)
            return new StatementSymbol(identifier?.Text ?? Verbs.Of(StatementKind.Outcome).Name, tree, statement, identifier, StatementKind.Outcome);

        var verb = ((ActorStatementSyntax)statement).Predicate.Verb;
        var name = identifier?.Text ?? verb.Name;
        return verb.Commitment == CommitmentEffect.Makes
            ? new CommitmentSymbol(name, tree, statement, identifier)
            : new StatementSymbol(name, tree, statement, identifier, verb.Kind);
    }

    private void DeclarePolicies(SyntaxTree tree)
    {
        foreach (var policy in tree.Root.Members.OfType<PolicyDeclarationSyntax>())
        {
            var word = policy.FuzzyKeyword;
            if (word.IsMissing) continue;
            if (policy.Value is not OffsetDateSyntax { Keyword: not null, AgoKeyword: null } offset)
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidPolicy(Binder.At(tree, policy.Value), word.Text));
                continue;
            }

            if (_policies.TryGetLocation(word.Kind, out var previous))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicatePolicy(Binder.At(tree, word), word.Text, previous));
                continue;
            }

            _policies.Add(word.Kind, Offset.From(tree.Text, offset), Binder.At(tree, word));
        }
    }
}
