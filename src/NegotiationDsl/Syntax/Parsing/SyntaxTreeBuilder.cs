using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static NegotiationDsl.Syntax.Parsing.Generated.NegotiationParser;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The only code that reads ANTLR parse trees. It walks each rule's children in source order and
/// builds our immutable nodes; parts that error recovery left out become missing tokens and nodes,
/// so the result is always a complete tree whose text is exactly the input.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    private readonly TokenCursor _cursor;

    // One reader per rule depth, reused (the grammar is not recursive, so the depth stays small).
    private readonly List<ChildReader> _readers = new();
    private int _depth = -1;

    public SyntaxTreeBuilder(TokenCursor cursor) => _cursor = cursor;

    public CompilationUnitSyntax Build(CompilationUnitContext root, IToken endOfFile)
    {
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        var reader = Enter(_cursor.Position);
        ConvertChildren(root, reader.Items);
        foreach (var item in reader.Items)
        {
            if (item is MemberSyntax member) members.Add(member);
        }

        _depth--;

        // Everything the parser did not place in the tree (trailing junk, trivia) ends up before EOF.
        var endOfFileToken = _cursor.Take(endOfFile);
        return new CompilationUnitSyntax(new SyntaxList<MemberSyntax>(members.ToImmutable()), endOfFileToken);
    }

    private ChildReader Enter(int startPosition)
    {
        _depth++;
        if (_depth == _readers.Count) _readers.Add(new ChildReader());
        var reader = _readers[_depth];
        reader.Reset(startPosition);
        return reader;
    }

    private void ConvertChildren(ParserRuleContext rule, List<SyntaxElement> items)
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
                    if (error.Symbol.Type != TokenConstants.EOF)
                        items.Add(TokenCursor.Missing(TokenKinds.FromTokenType(error.Symbol.Type), _cursor.Position));
                    break;
                case ITerminalNode terminal:
                    if (terminal.Symbol.Type != TokenConstants.EOF && _cursor.CanTake(terminal.Symbol))
                        items.Add(_cursor.Take(terminal.Symbol));
                    break;
                case ParserRuleContext nested:
                    var element = Convert(nested);
                    if (element is not null) items.Add(element);
                    break;
            }
        }
    }

    private SyntaxElement? Convert(ParserRuleContext rule)
    {
        var reader = Enter(_cursor.Position);
        try
        {
            ConvertChildren(rule, reader.Items);
            if (reader.Items.Count == 0) return null;
            var result = Build(rule, reader);
            AssertOnlyMissingLeftOver(reader);
            return result;
        }
        finally
        {
            _depth--;
        }
    }

    private static SyntaxElement Build(ParserRuleContext rule, ChildReader r) => rule switch
    {
        MemberContext or PartyKindContext or UnitContext or FuzzyDateContext => r.Take(),
        RecordHeaderContext => new RecordHeaderSyntax(
            r.Token(SyntaxKind.RecordKeyword), r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        PartyDeclarationContext => new PartyDeclarationSyntax(
            r.Token(SyntaxKind.PartyKeyword), r.Token(SyntaxKind.IdentifierToken), OptionalPartyKind(r),
            r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        PersonDeclarationContext => new PersonDeclarationSyntax(
            r.Token(SyntaxKind.PersonKeyword), r.Token(SyntaxKind.IdentifierToken), r.Optional<StringLiteralSyntax>(),
            r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        MeetingDeclarationContext => new MeetingDeclarationSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.MeetingKeyword), ReadPlace(r), r.List<ClauseSyntax>(), ReadBlock(r)),
        TalksDeclarationContext => new TalksDeclarationSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.TalksKeyword), r.Optional<StringLiteralSyntax>(), r.List<ClauseSyntax>(), ReadBlock(r)),
        MeetingBlockContext or TalksBlockContext => new BlockSyntax(
            r.Token(SyntaxKind.LessThanToken), r.List<MemberSyntax>(), r.Token(SyntaxKind.GreaterThanToken)),
        PolicyDeclarationContext => new PolicyDeclarationSyntax(
            r.Token(SyntaxKind.PolicyKeyword), r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.ComingDaysKeyword, r.Position), ReadDate(r), r.Token(SyntaxKind.SemicolonToken)),
        OffsetDeadlineClauseContext => new KeywordClauseSyntax(SyntaxKind.DeadlineClause, null, BuildSimpleDate(r)),
        PlaceContext => ReadPlace(r),
        LabelContext => new LabelSyntax(r.Token(SyntaxKind.IdentifierToken), r.Token(SyntaxKind.ColonToken)),
        ActorStatementContext => new ActorStatementSyntax(
            r.Optional<LabelSyntax>(), ReadNameList(r), r.Optional<PredicateSyntax>() ?? MissingPredicate(r.Position),
            r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        OutcomeStatementContext => new OutcomeStatementSyntax(
            r.Optional<LabelSyntax>(), r.Token(SyntaxKind.OutcomeKeyword), r.OptionalToken(SyntaxKind.NoKeyword),
            ReadString(r), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken)),
        PredicateContext or ReportedContext => BuildPredicate(r),
        RejectedContext => r.NextIs<StringLiteralSyntax>() ? r.Take() : ReadIdentifierList(r),
        OfficeAttributeContext => BuildOfficeClause(r),
        ActorListContext => ReadNameList(r),
        ActorContext => new NameSyntax(r.Token(SyntaxKind.IdentifierToken)),
        DateContext => BuildDate(r),
        SimpleDateContext => BuildSimpleDate(r),
        StringContext => new StringLiteralSyntax(r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.StringLiteralToken, r.Position)),
        _ => BuildClause(rule, r),
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
