using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static NegotiationDsl.Syntax.Parsing.Generated.NegotiationParser;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The only code that reads ANTLR's parse. It receives each rule's start, tokens and end in source
/// order, either live from the parser (<see cref="LiveTreeParser"/>, for a text without syntax errors)
/// or from a walk of the parse tree that error recovery left, and builds our immutable nodes; parts
/// that recovery left out become missing tokens and nodes, so the result is always a complete tree
/// whose text is exactly the input.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    private readonly TokenCursor _cursor;

    // One reader per rule depth, reused (the grammar is not recursive, so the depth stays small). The
    // reader at depth 0 collects the members of the compilation unit.
    private readonly List<ChildReader> _readers = new();
    private int _depth = -1;

    public SyntaxTreeBuilder(TokenCursor cursor) => _cursor = cursor;

    /// <summary>Builds the tree from a finished parse tree (the parse with error recovery).</summary>
    public CompilationUnitSyntax Build(CompilationUnitContext root, IToken endOfFile)
    {
        EnterRule();
        AddChildren(root);
        return Finish(endOfFile);
    }

    /// <summary>A rule starts: its parts go to a reader of their own until <see cref="ExitRule"/>.</summary>
    public void EnterRule()
    {
        _depth++;
        if (_depth == _readers.Count) _readers.Add(new ChildReader());
        _readers[_depth].Reset(_cursor.Position);
    }

    /// <summary>The parser matched a token of the current rule.</summary>
    public void Token(IToken token)
    {
        if (token.Type == TokenConstants.EOF || !_cursor.CanTake(token)) return;
        var reader = _readers[_depth];
        reader.Add(_cursor.Take(token));
        if (TokenKinds.VerbOf(token.Type) is { } verb) reader.Verb = verb;
    }

    /// <summary>The current rule ends: its parts become one node (or token) of the enclosing rule.</summary>
    public void ExitRule(ParserRuleContext rule)
    {
        // The compilation unit's parts stay in their reader for Finish, which also takes the end of file.
        if (_depth == 0) return;
        var reader = _readers[_depth];
        SyntaxElement? element = null;
        if (reader.Count > 0)
        {
            element = Build(rule, reader);
            AssertOnlyMissingLeftOver(reader);
        }

        _depth--;
        if (element is not null) _readers[_depth].Add(element);
    }

    /// <summary>The compilation unit from the members collected at depth 0, and the end of file.</summary>
    public CompilationUnitSyntax Finish(IToken endOfFile)
    {
        var items = _readers[0];
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is MemberSyntax) count++;
        }

        var members = new MemberSyntax[count];
        count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is MemberSyntax member) members[count++] = member;
        }

        _depth = -1;

        // Everything the parser did not place in the tree (trailing junk, trivia) ends up before EOF.
        var endOfFileToken = _cursor.Take(endOfFile);
        return new CompilationUnitSyntax(new SyntaxList<MemberSyntax>(ImmutableCollectionsMarshal.AsImmutableArray(members)), endOfFileToken);
    }

    /// <summary>
    /// The one member a member-only parse built (<see cref="ParseRun.TryParseMemberWithoutErrors"/>, which opens the top
    /// level the member lands in), or null if the parse did not leave exactly one.
    /// </summary>
    public MemberSyntax? FinishMember()
    {
        var top = _readers[0];
        _depth = -1;
        return top.Count == 1 ? top[0] as MemberSyntax : null;
    }

    private void AddChildren(ParserRuleContext rule)
    {
        var children = rule.children;
        if (children is null) return;
        // An index loop: foreach over the IList would box an enumerator for every rule of every file.
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IErrorNode error when error.Symbol.TokenIndex >= 0:
                    // A token recovery skipped: the cursor turns it into skipped-token trivia.
                    break;
                case IErrorNode error:
                    // A token recovery conjured up: missing, where the part should have been.
                    if (error.Symbol.Type != TokenConstants.EOF)
                    {
                        _readers[_depth].Add(TokenCursor.Missing(TokenKinds.FromTokenType(error.Symbol.Type), _cursor.Position));
                        if (TokenKinds.VerbOf(error.Symbol.Type) is { } verb) _readers[_depth].Verb = verb;
                    }

                    break;
                case ITerminalNode terminal:
                    Token(terminal.Symbol);
                    break;
                case ParserRuleContext nested:
                    EnterRule();
                    AddChildren(nested);
                    ExitRule(nested);
                    break;
            }
        }
    }

    // Dispatched on the rule's index, then, where a rule has alternatives that build different nodes, on the
    // alternative's first part: the grammar's alternatives carry no labels, because ANTLR makes a second
    // context for every labelled alternative it enters, only for the builder to tell them apart.
    private static SyntaxElement Build(ParserRuleContext rule, ChildReader r) => rule.RuleIndex switch
    {
        RULE_member or RULE_partyKind or RULE_unit or RULE_fuzzyDate or RULE_timeZone => r.Take(),
        RULE_useDeclaration => BuildUse(r),
        RULE_recordHeader => new RecordHeaderSyntax(
            r.Token(SyntaxKind.RecordKeyword), r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        RULE_partyDeclaration => new PartyDeclarationSyntax(
            r.Token(SyntaxKind.PartyKeyword), r.Token(SyntaxKind.IdentifierToken), OptionalPartyKind(r),
            r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        RULE_personDeclaration => new PersonDeclarationSyntax(
            r.Token(SyntaxKind.PersonKeyword), r.Token(SyntaxKind.IdentifierToken), r.Optional<StringLiteralSyntax>(),
            r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        RULE_meetingDeclaration => new MeetingDeclarationSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.MeetingKeyword), ReadPlace(r), r.List<ClauseSyntax>(), ReadBlock(r)),
        RULE_talksDeclaration => new TalksDeclarationSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.TalksKeyword), r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), ReadBlock(r)),
        RULE_agreementDeclaration => new AgreementDeclarationSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.AgreementKeyword), r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        RULE_meetingBlock or RULE_talksBlock => new BlockSyntax(
            r.Token(SyntaxKind.LessThanToken), r.List<MemberSyntax>(), r.Token(SyntaxKind.GreaterThanToken)),
        RULE_policyDeclaration => new PolicyDeclarationSyntax(
            r.Token(SyntaxKind.PolicyKeyword), r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.ComingDaysKeyword, r.Position), ReadDate(r), r.Token(SyntaxKind.SemicolonToken)),
        RULE_quantity => BuildQuantity(r),
        RULE_approximation => new ApproximationSyntax(r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.AboutKeyword, r.Position), r.OptionalToken(SyntaxKind.IdentifierToken)),
        RULE_place => ReadPlace(r),
        RULE_label => new LabelSyntax(r.Token(SyntaxKind.IdentifierToken), r.Token(SyntaxKind.ColonToken)),
        RULE_statement => BuildStatement(r),
        RULE_predicate or RULE_reported => BuildPredicate(r),
        RULE_obligationKind => BuildObligationKind(r),
        RULE_rejected => r.NextIs<StringLiteralSyntax>() ? r.Take() : ReadIdentifierList(r),
        RULE_actorList => ReadNameList(r),
        RULE_actor => new NameSyntax(r.Token(SyntaxKind.IdentifierToken)),
        RULE_date => BuildDate(r),
        RULE_simpleDate => BuildSimpleDate(r),
        RULE_moment => BuildMoment(r),
        RULE_timeOfDay => new TimeLiteralSyntax(r.Token(SyntaxKind.TimeLiteralToken), r.AnyToken()),
        RULE_string => new StringLiteralSyntax(r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.StringLiteralToken, r.Position)),
        // The attribute and clause rules, and a rule recovery left before it knew the alternative.
        _ => BuildAttributeOrClause(r),
    };

    [Conditional("DEBUG")]
    private static void AssertOnlyMissingLeftOver(ChildReader reader)
    {
        while (!reader.AtEnd)
        {
            var item = reader.Take();
            Debug.Assert(item is SyntaxToken { IsMissing: true }, "The tree builder dropped a part of the input: " + item.Kind);
        }
    }
}
