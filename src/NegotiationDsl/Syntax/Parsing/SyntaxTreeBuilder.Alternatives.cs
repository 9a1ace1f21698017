namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Builders for the rules whose alternatives make different nodes: statements, attributes and clauses. The
/// grammar does not label these alternatives, so each is told by the part it starts with. That part is
/// always in the input: the parser chose the alternative by looking at it, and a token that keyword repair
/// retyped keeps the kind it was retyped to.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    private static StatementSyntax BuildStatement(ChildReader r)
    {
        // statement: label? actorList predicate ... | label? 'outcome' ... | label? 'milestone' ...
        var first = r[0] is LabelSyntax && r.Count > 1 ? r[1] : r[0];
        switch ((first as SyntaxToken)?.Kind)
        {
            case SyntaxKind.OutcomeKeyword:
                return new OutcomeStatementSyntax(
                    r.Optional<LabelSyntax>(), r.Token(SyntaxKind.OutcomeKeyword), r.OptionalToken(SyntaxKind.NoKeyword),
                    ReadString(r), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken));
            case SyntaxKind.MilestoneKeyword:
                return new MilestoneStatementSyntax(
                    r.Optional<LabelSyntax>(), r.Token(SyntaxKind.MilestoneKeyword), ReadString(r), r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken));
            default:
                return new ActorStatementSyntax(
                    r.Optional<LabelSyntax>(), ReadNameList(r), r.Optional<PredicateSyntax>() ?? MissingPredicate(r.Position),
                    r.List<ClauseSyntax>(), r.Token(SyntaxKind.SemicolonToken));
        }
    }

    /// <summary>
    /// An alternative of a header, party, person, agreement or meeting attribute, or of a statement clause. A keyword
    /// means the same clause in every rule it starts an alternative of, so the rule itself does not matter.
    /// </summary>
    private static ClauseSyntax BuildAttributeOrClause(ChildReader r)
    {
        switch (r.Peek)
        {
            case SyntaxToken { Kind: SyntaxKind.DisputedKeyword }:
                return new DisputedClauseSyntax(r.Token(SyntaxKind.DisputedKeyword), r.Token(SyntaxKind.ByKeyword), ReadString(r));
            case SyntaxToken { Kind: SyntaxKind.AmountKeyword }:
                return new AmountClauseSyntax(
                    r.Token(SyntaxKind.AmountKeyword), r.Optional<QuantitySyntax>() ?? MissingQuantity(r.Position), r.Optional<StringLiteralSyntax>());
            case SyntaxToken { Kind: SyntaxKind.InKeyword or SyntaxKind.WithinKeyword }:
                // `in 30 days`: in a clause, an offset deadline (a meeting's date starts with a date node instead).
                return new KeywordClauseSyntax(SyntaxKind.DeadlineClause, null, BuildSimpleDate(r));
            case SyntaxToken { Kind: SyntaxKind.OfficeKeyword }:
                return BuildOfficeClause(r);
            case SyntaxToken { Kind: SyntaxKind.RoleKeyword }:
                return new RoleClauseSyntax(r.Token(SyntaxKind.RoleKeyword), r.Token(SyntaxKind.IdentifierToken), ReadNameList(r));
            case SyntaxToken { Kind: SyntaxKind.DelegationKeyword }:
                return BuildDelegationClause(r);
            case ApproximationSyntax:
                return new KeywordClauseSyntax(SyntaxKind.DurationClause, null, new ApproximateDurationSyntax(
                    r.Optional<ApproximationSyntax>()!, new DurationLiteralSyntax(r.Token(SyntaxKind.DurationLiteralToken))));
            default:
                var kind = ClauseKind(r.Peek);
                // A meeting's bare date or duration has no keyword; every other clause starts with one.
                var keyword = kind is SyntaxKind.DateClause or SyntaxKind.DurationClause ? null : r.AnyToken();
                return new KeywordClauseSyntax(kind, keyword, ReadClauseValue(kind, r));
        }
    }

    private static SyntaxKind ClauseKind(SyntaxElement? first) => first switch
    {
        DateSyntax => SyntaxKind.DateClause,
        SyntaxToken token => token.Kind switch
        {
            SyntaxKind.DurationLiteralToken => SyntaxKind.DurationClause,
            SyntaxKind.ToKeyword => SyntaxKind.RecipientClause,
            SyntaxKind.OfKeyword => SyntaxKind.OfClause,
            SyntaxKind.ByKeyword => SyntaxKind.DeadlineClause,
            SyntaxKind.OnKeyword => SyntaxKind.OnClause,
            SyntaxKind.IfKeyword => SyntaxKind.ConditionClause,
            SyntaxKind.AfterKeyword => SyntaxKind.AfterClause,
            SyntaxKind.AboutKeyword => SyntaxKind.TopicClause,
            SyntaxKind.QuoteKeyword => SyntaxKind.QuoteClause,
            SyntaxKind.GradedKeyword => SyntaxKind.GradeClause,
            SyntaxKind.ViaKeyword => SyntaxKind.ViaClause,
            SyntaxKind.ForKeyword => SyntaxKind.ForClause,
            SyntaxKind.FromKeyword => SyntaxKind.FromClause,
            SyntaxKind.UntilKeyword => SyntaxKind.UntilClause,
            SyntaxKind.UnderKeyword => SyntaxKind.UnderClause,
            SyntaxKind.AsKeyword => SyntaxKind.CapacityClause,
            SyntaxKind.AtKeyword => SyntaxKind.TimeClause,
            SyntaxKind.WithKeyword => SyntaxKind.ParticipantsClause,
            SyntaxKind.FormatKeyword => SyntaxKind.FormatClause,
            SyntaxKind.PublishedKeyword => SyntaxKind.PublishedClause,
            SyntaxKind.UrlKeyword => SyntaxKind.UrlClause,
            SyntaxKind.LanguageKeyword => SyntaxKind.LanguageClause,
            SyntaxKind.AkaKeyword => SyntaxKind.AliasClause,
            SyntaxKind.CodeKeyword => SyntaxKind.CodeClause,
            SyntaxKind.MembersKeyword => SyntaxKind.MembersClause,
            SyntaxKind.KindKeyword => SyntaxKind.KindClause,
            SyntaxKind.StageKeyword => SyntaxKind.StageClause,
            SyntaxKind.TermKeyword => SyntaxKind.TermClause,
            _ => SyntaxKind.SourceClause,
        },
        _ => SyntaxKind.SourceClause,
    };
}
