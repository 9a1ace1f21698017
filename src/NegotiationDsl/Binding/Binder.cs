using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
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
    private readonly Dictionary<SyntaxNode, Symbol> _declared = new();

    // What the result keeps, by file and position. During the parallel pass each worker writes only the
    // table of its own file, so the tables need no lock and no merge (issue 8, R7).
    private readonly Dictionary<SyntaxTree, TreeBinding> _byTree = new();
    private readonly Dictionary<string, ActorSymbol> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _labels = new(StringComparer.Ordinal);
    private readonly PolicyTable _policies = new();
    private readonly Dictionary<SyntaxTree, DateAnchor?> _publicationAnchors = new();

    private Binder(ImmutableArray<SyntaxTree> trees)
    {
        _trees = trees;
        foreach (var tree in trees) _byTree[tree] = new TreeBinding();
    }

    public static BindingResult Bind(ImmutableArray<SyntaxTree> trees)
    {
        // Holding every root while binding keeps each tree's nodes the same objects in every pass.
        var roots = new CompilationUnitSyntax[trees.Length];
        for (var i = 0; i < trees.Length; i++) roots[i] = trees[i].Root;
        var binder = new Binder(trees);
        foreach (var tree in trees) binder.DeclareMembers(tree, tree.Root.Members, meeting: null, talks: null);
        foreach (var tree in trees) binder.BindPolicies(tree);
        foreach (var tree in trees) binder.BindHeader(tree);
        foreach (var tree in trees) binder.BindActorDeclarations(tree);
        binder.BindRecordsInParallel();
        binder.BindDependentStatements();
        binder.CheckCommitmentEvents();
        binder.CheckOverlappingMeetings();
        binder.CheckUnusedDeclarations();
        GC.KeepAlive(roots);
        return new BindingResult(binder._symbols.ToImmutableArray(), binder._byTree, SuppressionsOf(trees), binder._diagnostics.ToImmutableArray());
    }

    private void Refer(SyntaxTree tree, NameSyntax name, Symbol symbol) =>
        _byTree[tree].References[TreeBinding.KeyOf(name.Identifier.Span.Start, SyntaxKind.Name)] = symbol;

    /// <summary>Records what a node declares, for binding (by node) and for the result (by file and position).</summary>
    private void AddDeclared(SyntaxNode node, Symbol symbol)
    {
        _declared[node] = symbol;
        _byTree[symbol.SyntaxTree].Declared[TreeBinding.KeyOf(node)] = symbol;
    }

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

    private void DeclareMembers(SyntaxTree tree, SyntaxList<MemberSyntax> members, MeetingSymbol? meeting, TalksSymbol? talks)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case PartyDeclarationSyntax party when !party.Identifier.IsMissing:
                    DeclareActor(tree, new PartySymbol(party.Identifier.Text, tree, party), party, party.Identifier);
                    break;
                case PersonDeclarationSyntax person when !person.Identifier.IsMissing:
                    DeclareActor(tree, new PersonSymbol(person.Identifier.Text, tree, person), person, person.Identifier);
                    break;
                case MeetingDeclarationSyntax meetingSyntax:
                    var meetingSymbol = new MeetingSymbol(MeetingName(meetingSyntax), tree, meetingSyntax) { Talks = talks };
                    Declare(meetingSyntax, meetingSymbol, meetingSyntax.Label);
                    DeclareMembers(tree, meetingSyntax.Body.Members, meetingSymbol, talks);
                    break;
                case TalksDeclarationSyntax talksSyntax:
                    var talksSymbol = new TalksSymbol(talksSyntax.Label?.Identifier.Text ?? talksSyntax.Title?.Value ?? "talks", tree, talksSyntax);
                    Declare(talksSyntax, talksSymbol, talksSyntax.Label);
                    DeclareMembers(tree, talksSyntax.Body.Members, meeting: null, talksSymbol);
                    break;
                case StatementSyntax statement:
                    var symbol = CreateStatementSymbol(tree, statement);
                    symbol.Meeting = meeting;
                    symbol.Talks = talks ?? meeting?.Talks;
                    Declare(statement, symbol, statement.Label);
                    break;
            }
        }
    }

    private static string MeetingName(MeetingDeclarationSyntax meeting) =>
        meeting.Label?.Identifier.Text ?? "meeting " + meeting.Place switch
        {
            NameSyntax name => name.Identifier.Text,
            StringLiteralSyntax text => text.Value,
            _ => "",
        };

    private void DeclareActor(SyntaxTree tree, ActorSymbol actor, SyntaxNode declaration, SyntaxToken identifier)
    {
        _symbols.Add(actor);
        AddDeclared(declaration, actor);
        if (_actors.TryGetValue(actor.Name, out var previous))
        {
            Report(DiagnosticCatalog.DuplicateDeclaration(At(tree, identifier), actor.Name, Where(previous)));
            return;
        }

        _actors[actor.Name] = actor;
    }

    private void Declare(SyntaxNode node, Symbol symbol, LabelSyntax? label)
    {
        _symbols.Add(symbol);
        AddDeclared(node, symbol);
        if (label is null || label.Identifier.IsMissing) return;
        if (_labels.TryGetValue(label.Identifier.Text, out var previous))
        {
            Report(DiagnosticCatalog.DuplicateLabel(At(symbol.SyntaxTree, label.Identifier), label.Identifier.Text, Where(previous)));
            return;
        }

        _labels[label.Identifier.Text] = symbol;
    }

    private static StatementSymbol CreateStatementSymbol(SyntaxTree tree, StatementSyntax statement)
    {
        var identifier = statement.Label?.Identifier;
        if (statement is OutcomeStatementSyntax)
            return new StatementSymbol(identifier?.Text ?? "outcome", tree, statement, identifier, StatementKind.Outcome);

        var predicate = ((ActorStatementSyntax)statement).Predicate;
        var kind = StatementKindOf(predicate);
        var name = identifier?.Text ?? kind.ToString().ToLowerInvariant();
        return kind == StatementKind.Commitment
            ? new CommitmentSymbol(name, tree, statement, identifier)
            : new StatementSymbol(name, tree, statement, identifier, kind);
    }

    internal static StatementKind StatementKindOf(PredicateSyntax predicate) => predicate.Kind switch
    {
        SyntaxKind.CommitPredicate => StatementKind.Commitment,
        SyntaxKind.ReportedSpeechPredicate => StatementKind.ReportedSpeech,
        SyntaxKind.CallPredicate => StatementKind.Assessment,
        SyntaxKind.DemandPredicate => StatementKind.Demand,
        SyntaxKind.ProposePredicate => StatementKind.Proposal,
        SyntaxKind.OfferPredicate => StatementKind.Offer,
        SyntaxKind.RejectPredicate => StatementKind.Rejection,
        SyntaxKind.AgreePredicate => StatementKind.Agreement,
        SyntaxKind.AskPredicate => StatementKind.Question,
        SyntaxKind.ExpectPredicate => StatementKind.Expectation,
        SyntaxKind.HopePredicate => StatementKind.Hope,
        SyntaxKind.DenyPredicate => StatementKind.Denial,
        SyntaxKind.ConfirmPredicate => StatementKind.Confirmation,
        SyntaxKind.FulfilPredicate => StatementKind.Fulfilment,
        SyntaxKind.BreakPredicate => StatementKind.Breach,
        SyntaxKind.WithdrawPredicate => StatementKind.Withdrawal,
        _ => StatementKind.Statement,
    };

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
