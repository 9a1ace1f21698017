using System;

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
        var kind = ClauseKind(r.Peek);
        switch (kind)
        {
            case SyntaxKind.DisputedClause:
                return new DisputedClauseSyntax(r.Token(SyntaxKind.DisputedKeyword), r.Token(SyntaxKind.ByKeyword), ReadString(r));
            case SyntaxKind.AmountClause:
                return new AmountClauseSyntax(
                    r.Token(SyntaxKind.AmountKeyword), r.Optional<QuantitySyntax>() ?? MissingQuantity(r.Position), r.Optional<StringLiteralSyntax>());
            case SyntaxKind.DeadlineClause when r.Peek is SyntaxToken { Kind: SyntaxKind.InKeyword or SyntaxKind.WithinKeyword }:
                // `in 30 days`: in a clause, an offset deadline (a meeting's date starts with a date node instead).
                return new KeywordClauseSyntax(SyntaxKind.DeadlineClause, null, BuildSimpleDate(r));
            case SyntaxKind.OfficeClause:
                return BuildOfficeClause(r);
            case SyntaxKind.RoleClause:
                return new RoleClauseSyntax(r.Token(SyntaxKind.RoleKeyword), r.Token(SyntaxKind.IdentifierToken), ReadNameList(r));
            case SyntaxKind.DelegationClause:
                return BuildDelegationClause(r);
            case SyntaxKind.DurationClause when r.Peek is ApproximationSyntax:
                return new KeywordClauseSyntax(SyntaxKind.DurationClause, null, new ApproximateDurationSyntax(
                    r.Optional<ApproximationSyntax>()!, new DurationLiteralSyntax(r.Token(SyntaxKind.DurationLiteralToken))));
            default:
                // A meeting's bare date or duration has no keyword; every other clause starts with one.
                var keyword = kind is SyntaxKind.DateClause or SyntaxKind.DurationClause ? null : r.AnyToken();
                return new KeywordClauseSyntax(kind, keyword, ReadClauseValue(kind, r));
        }
    }

    private static SyntaxKind ClauseKind(SyntaxElement? first) => first switch
    {
        DateSyntax => SyntaxKind.DateClause,
        ApproximationSyntax or SyntaxToken { Kind: SyntaxKind.DurationLiteralToken } => SyntaxKind.DurationClause,
        SyntaxToken token => KeywordClauseKind(token.Kind),
        _ => throw new InvalidOperationException("A clause or attribute alternative starts with " + (first?.Kind.ToString() ?? "nothing")),
    };

    /// <summary>
    /// The clause an attribute or clause alternative starting with <paramref name="keyword"/> builds. A keyword the
    /// grammar gains without a row here must fail loudly, never pass for another clause.
    /// </summary>
    internal static SyntaxKind KeywordClauseKind(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.DisputedKeyword => SyntaxKind.DisputedClause,
        SyntaxKind.AmountKeyword => SyntaxKind.AmountClause,
        SyntaxKind.InKeyword or SyntaxKind.WithinKeyword or SyntaxKind.ByKeyword => SyntaxKind.DeadlineClause,
        SyntaxKind.OfficeKeyword => SyntaxKind.OfficeClause,
        SyntaxKind.RoleKeyword => SyntaxKind.RoleClause,
        SyntaxKind.DelegationKeyword => SyntaxKind.DelegationClause,
        SyntaxKind.ToKeyword => SyntaxKind.RecipientClause,
        SyntaxKind.OfKeyword => SyntaxKind.OfClause,
        SyntaxKind.OnKeyword => SyntaxKind.OnClause,
        SyntaxKind.IfKeyword => SyntaxKind.ConditionClause,
        SyntaxKind.AfterKeyword => SyntaxKind.AfterClause,
        SyntaxKind.AboutKeyword => SyntaxKind.TopicClause,
        SyntaxKind.QuoteKeyword => SyntaxKind.QuoteClause,
        SyntaxKind.SourceKeyword => SyntaxKind.SourceClause,
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
        _ => throw new InvalidOperationException($"No clause for an alternative starting with {keyword}: give it a row in {nameof(KeywordClauseKind)}"),
    };
}
