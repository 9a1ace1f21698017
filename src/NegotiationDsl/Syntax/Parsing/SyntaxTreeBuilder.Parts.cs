using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>Builders for the parts that appear in several rules: names, strings, predicates, clauses, dates.</summary>
internal sealed partial class SyntaxTreeBuilder
{
    private static SyntaxToken? OptionalPartyKind(ChildReader r) =>
        r.Peek is SyntaxToken { Kind: SyntaxKind.StateKeyword or SyntaxKind.AllianceKeyword or SyntaxKind.OrganisationKeyword or SyntaxKind.BlocKeyword or SyntaxKind.BodyKeyword }
            ? r.AnyToken()
            : null;

    private static ExpressionSyntax ReadPlace(ChildReader r)
    {
        if (r.NextIs(SyntaxKind.IdentifierToken)) return new NameSyntax(r.AnyToken()!);
        return r.Optional<ExpressionSyntax>() ?? new NameSyntax(TokenCursor.Missing(SyntaxKind.IdentifierToken, r.Position));
    }

    private static BlockSyntax ReadBlock(ChildReader r) =>
        r.Optional<BlockSyntax>() ?? new BlockSyntax(
            TokenCursor.Missing(SyntaxKind.LessThanToken, r.Position),
            SyntaxList<MemberSyntax>.Empty,
            TokenCursor.Missing(SyntaxKind.GreaterThanToken, r.Position));

    private static UseDeclarationSyntax BuildUse(ChildReader r)
    {
        var useKeyword = r.Token(SyntaxKind.UseKeyword);
        var path = ReadString(r);
        var asKeyword = r.OptionalToken(SyntaxKind.AsKeyword);
        var alias = asKeyword is null ? null : r.Token(SyntaxKind.IdentifierToken);
        return new UseDeclarationSyntax(useKeyword, path, asKeyword, alias, r.Token(SyntaxKind.SemicolonToken));
    }

    private static StringLiteralSyntax ReadString(ChildReader r) =>
        r.Optional<StringLiteralSyntax>() ?? MissingString(r.Position);

    private static StringLiteralSyntax MissingString(int position) =>
        new(TokenCursor.Missing(SyntaxKind.StringLiteralToken, position));

    private static NameListSyntax ReadNameList(ChildReader r)
    {
        if (r.NextIs<NameListSyntax>()) return (NameListSyntax)r.Take();

        // actorList: actor ((',' | 'and') actor)*
        var elements = r.SeparatedElements();
        elements.Add(r.Optional<NameSyntax>() ?? MissingName(r.Position));
        while (r.Peek is SyntaxToken { Kind: SyntaxKind.CommaToken or SyntaxKind.AndKeyword })
        {
            elements.Add(r.AnyToken()!);
            elements.Add(r.Optional<NameSyntax>() ?? MissingName(r.Position));
        }

        return new NameListSyntax(new SeparatedSyntaxList<NameSyntax>(ToImmutable(elements)));
    }

    private static NameListSyntax ReadIdentifierList(ChildReader r)
    {
        // rejected: IDENTIFIER (',' IDENTIFIER)*
        var elements = r.SeparatedElements();
        elements.Add(new NameSyntax(r.Token(SyntaxKind.IdentifierToken)));
        while (r.NextIs(SyntaxKind.CommaToken))
        {
            elements.Add(r.AnyToken()!);
            elements.Add(new NameSyntax(r.Token(SyntaxKind.IdentifierToken)));
        }

        return new NameListSyntax(new SeparatedSyntaxList<NameSyntax>(ToImmutable(elements)));
    }

    private static ImmutableArray<SyntaxElement> ToImmutable(List<SyntaxElement> elements) =>
        ImmutableCollectionsMarshal.AsImmutableArray(elements.ToArray());

    private static DelegationClauseSyntax BuildDelegationClause(ChildReader r)
    {
        // delegationAttribute: 'delegation' actor actorList? ('led' 'by' actor)?
        var delegationKeyword = r.Token(SyntaxKind.DelegationKeyword);
        var party = r.Optional<NameSyntax>() ?? MissingName(r.Position);
        var members = r.NextIs<NameListSyntax>() ? (NameListSyntax)r.Take() : null;
        var ledKeyword = r.OptionalToken(SyntaxKind.LedKeyword);
        if (ledKeyword is null) return new DelegationClauseSyntax(delegationKeyword, party, members, null, null, null);
        var byKeyword = r.Token(SyntaxKind.ByKeyword);
        return new DelegationClauseSyntax(delegationKeyword, party, members, ledKeyword, byKeyword, r.Optional<NameSyntax>() ?? MissingName(r.Position));
    }

    private static NameSyntax MissingName(int position) => new(TokenCursor.Missing(SyntaxKind.IdentifierToken, position));

    private static PredicateSyntax MissingPredicate(int position) => new(
        Verbs.Of(StatementKind.Statement), TokenCursor.Missing(SyntaxKind.VerbKeyword, position), null, null, MissingString(position));

    private static PredicateSyntax BuildPredicate(ChildReader r)
    {
        var verb = r.Verb ?? Verbs.Of(StatementKind.Statement);
        var keyword = r.AnyToken() ?? TokenCursor.Missing(SyntaxKind.VerbKeyword, r.Position);
        if (verb.Object == VerbObject.TextOrReport && r.NextIs<NameListSyntax>())
        {
            var actors = (NameListSyntax)r.Take();
            var inner = r.Optional<PredicateSyntax>() ?? MissingPredicate(r.Position);
            return new PredicateSyntax(Verbs.Of(StatementKind.ReportedSpeech), keyword, null, null, new ReportedSpeechSyntax(actors, inner));
        }

        var obligation = r.Optional<ObligationKindSyntax>();
        // `adoption_day happens`: the subject is the milestone, and nothing follows the verb.
        if (verb.Object == VerbObject.Milestone) return new PredicateSyntax(verb, keyword, null, null, null);
        if (verb.Object == VerbObject.IntoForce)
            return new PredicateSyntax(verb, keyword, null, null, new IntoForceSyntax(r.Token(SyntaxKind.IntoKeyword), r.Token(SyntaxKind.ForceKeyword)));

        var no = r.OptionalToken(SyntaxKind.NoKeyword);
        ExpressionSyntax? target = null;
        if (verb.Object == VerbObject.TargetAndText)
        {
            target = r.NextIs(SyntaxKind.IdentifierToken) ? new NameSyntax(r.AnyToken()!) : r.Optional<StringLiteralSyntax>();
        }

        ExpressionSyntax content = r.NextIs(SyntaxKind.IdentifierToken)
            ? new NameSyntax(r.AnyToken()!)
            : r.Optional<ExpressionSyntax>() ?? (verb.Object is VerbObject.Commitment or VerbObject.Agreement ? MissingName(r.Position) : MissingString(r.Position));
        return new PredicateSyntax(verb, keyword, no, target, content, obligation);
    }

    private static ObligationKindSyntax BuildObligationKind(ChildReader r)
    {
        // obligationKind: 'to' 'keep' | 'not' 'to'
        if (r.NextIs(SyntaxKind.NotKeyword)) return new ObligationKindSyntax(r.AnyToken()!, r.Token(SyntaxKind.ToKeyword));
        return new ObligationKindSyntax(r.Token(SyntaxKind.ToKeyword), r.Token(SyntaxKind.KeepKeyword));
    }

    private static OfficeClauseSyntax BuildOfficeClause(ChildReader r)
    {
        var keyword = r.Token(SyntaxKind.OfficeKeyword);
        var title = ReadString(r);
        var clauses = ImmutableArray.CreateBuilder<ClauseSyntax>();
        while (r.Peek is SyntaxToken { Kind: SyntaxKind.OfKeyword or SyntaxKind.FromKeyword or SyntaxKind.UntilKeyword } token)
        {
            r.Take();
            clauses.Add(token.Kind switch
            {
                SyntaxKind.OfKeyword => new KeywordClauseSyntax(SyntaxKind.OfClause, token, r.Optional<NameSyntax>() ?? MissingName(r.Position)),
                SyntaxKind.FromKeyword => new KeywordClauseSyntax(SyntaxKind.FromClause, token, ReadDate(r)),
                _ => new KeywordClauseSyntax(SyntaxKind.UntilClause, token, ReadDate(r)),
            });
        }

        return new OfficeClauseSyntax(keyword, title, new SyntaxList<ClauseSyntax>(clauses.ToImmutable()));
    }

    /// <summary>quantity: approximation? IDENTIFIER? NUMBER IDENTIFIER? IDENTIFIER?</summary>
    private static QuantitySyntax BuildQuantity(ChildReader r)
    {
        var approximation = r.Optional<ApproximationSyntax>();
        var currency = r.OptionalToken(SyntaxKind.IdentifierToken);
        var number = r.Token(SyntaxKind.NumberLiteralToken);
        var first = r.OptionalToken(SyntaxKind.IdentifierToken);
        return new QuantitySyntax(approximation, currency, number, first, first is null ? null : r.OptionalToken(SyntaxKind.IdentifierToken));
    }

    private static QuantitySyntax MissingQuantity(int position) =>
        new(null, null, TokenCursor.Missing(SyntaxKind.NumberLiteralToken, position), null, null);

    private static DateSyntax ReadDate(ChildReader r) =>
        r.Optional<DateSyntax>() ?? new DateLiteralSyntax(TokenCursor.Missing(SyntaxKind.DateLiteralToken, r.Position));

    private static DateSyntax BuildDate(ChildReader r)
    {
        var start = ReadDate(r);
        var dotDot = r.OptionalToken(SyntaxKind.DotDotToken);
        return dotDot is null ? start : new DateRangeSyntax(start, dotDot, ReadDate(r));
    }

    private static DateSyntax BuildMoment(ChildReader r)
    {
        var date = ReadDate(r);
        var at = r.OptionalToken(SyntaxKind.AtKeyword);
        return at is null ? date : new DateTimeSyntax(date, at, ReadTime(r));
    }

    private static TimeLiteralSyntax ReadTime(ChildReader r) =>
        r.Optional<TimeLiteralSyntax>() ?? new TimeLiteralSyntax(TokenCursor.Missing(SyntaxKind.TimeLiteralToken, r.Position));

    private static DateSyntax BuildSimpleDate(ChildReader r)
    {
        var first = r.AnyToken()!;
        switch (first.Kind)
        {
            case SyntaxKind.InKeyword:
            case SyntaxKind.WithinKeyword:
                return new OffsetDateSyntax(first, r.Token(SyntaxKind.NumberLiteralToken), ReadUnit(r), null);
            case SyntaxKind.NumberLiteralToken when !r.AtEnd:
                return new OffsetDateSyntax(null, first, ReadUnit(r), r.Token(SyntaxKind.AgoKeyword));
            case SyntaxKind.DateLiteralToken:
            case SyntaxKind.WeekLiteralToken:
            case SyntaxKind.MonthLiteralToken:
            case SyntaxKind.NumberLiteralToken:
                return new DateLiteralSyntax(first);
            default:
                return new RelativeDateSyntax(first);
        }
    }

    private static SyntaxToken ReadUnit(ChildReader r) =>
        r.Peek is SyntaxToken { Kind: SyntaxKind.DaysKeyword or SyntaxKind.WeeksKeyword or SyntaxKind.MonthsKeyword or SyntaxKind.YearsKeyword }
            ? r.AnyToken()!
            : TokenCursor.Missing(SyntaxKind.DaysKeyword, r.Position);

    private static ExpressionSyntax ReadClauseValue(SyntaxKind clause, ChildReader r)
    {
        switch (clause)
        {
            case SyntaxKind.TimeClause:
                return ReadTime(r);
            case SyntaxKind.DurationClause:
                return new DurationLiteralSyntax(r.Token(SyntaxKind.DurationLiteralToken));
            case SyntaxKind.AliasClause:
                return ReadStringList(r);
            case SyntaxKind.FormatClause:
                return ReadPlace(r);
            case SyntaxKind.AfterClause:
                if (r.NextIs(SyntaxKind.IdentifierToken)) return new NameSyntax(r.AnyToken()!);
                return r.Optional<ExpressionSyntax>() ?? MissingString(r.Position);
            case SyntaxKind.DateClause or SyntaxKind.PublishedClause or SyntaxKind.DeadlineClause or SyntaxKind.OnClause
                or SyntaxKind.FromClause or SyntaxKind.UntilClause:
                return ReadDate(r);
            case SyntaxKind.MembersClause or SyntaxKind.ParticipantsClause or SyntaxKind.RecipientClause:
                return ReadNameList(r);
            case SyntaxKind.OfClause:
                return r.NextIs<NameSyntax>() ? (NameSyntax)r.Take() : ReadNameList(r);
            case SyntaxKind.ViaClause:
                return r.Optional<NameSyntax>() ?? MissingName(r.Position);
            case SyntaxKind.KindClause or SyntaxKind.StageClause or SyntaxKind.UnderClause:
                return new NameSyntax(r.Token(SyntaxKind.IdentifierToken));
            case SyntaxKind.TermClause:
                return ReadCalendarDuration(r);
            case SyntaxKind.ForClause:
                return r.NextIs(SyntaxKind.NumberLiteralToken) ? ReadCalendarDuration(r) : ReadNameList(r);
            case SyntaxKind.GradeClause:
                return new GradeLiteralSyntax(r.Token(SyntaxKind.IdentifierToken));
            default:
                return ReadString(r);
        }
    }

    private static CalendarDurationSyntax ReadCalendarDuration(ChildReader r) =>
        new(r.Token(SyntaxKind.NumberLiteralToken), ReadUnit(r));

    private static StringListSyntax ReadStringList(ChildReader r)
    {
        var elements = r.SeparatedElements();
        elements.Add(ReadString(r));
        while (r.NextIs(SyntaxKind.CommaToken))
        {
            elements.Add(r.AnyToken()!);
            elements.Add(ReadString(r));
        }

        return new StringListSyntax(new SeparatedSyntaxList<StringLiteralSyntax>(ToImmutable(elements)));
    }
}
