using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>Maps ANTLR token types to our <see cref="SyntaxKind"/>; the only place that knows both.</summary>
internal static class TokenKinds
{
    // A verb's token is named after its singular spelling (HOPES for "hopes"): the lexer's names are
    // matched with the verb table once, so a new verb needs no line here.
    private static readonly Verb?[] VerbsByTokenType = IndexVerbs();

    public static SyntaxKind FromTokenType(int tokenType) => tokenType switch
    {
        TokenConstants.EOF => SyntaxKind.EndOfFileToken,
        NegotiationLexer.BYTE_ORDER_MARK => SyntaxKind.ByteOrderMarkTrivia,
        NegotiationLexer.WHITESPACE => SyntaxKind.WhitespaceTrivia,
        NegotiationLexer.END_OF_LINE => SyntaxKind.EndOfLineTrivia,
        NegotiationLexer.LINE_COMMENT => SyntaxKind.LineCommentTrivia,
        NegotiationLexer.BLOCK_COMMENT => SyntaxKind.BlockCommentTrivia,
        NegotiationLexer.UNTERMINATED_BLOCK_COMMENT => SyntaxKind.UnterminatedBlockCommentTrivia,
        NegotiationLexer.RECORD => SyntaxKind.RecordKeyword,
        NegotiationLexer.SOURCE => SyntaxKind.SourceKeyword,
        NegotiationLexer.PUBLISHED => SyntaxKind.PublishedKeyword,
        NegotiationLexer.URL => SyntaxKind.UrlKeyword,
        NegotiationLexer.LANGUAGE => SyntaxKind.LanguageKeyword,
        NegotiationLexer.PARTY => SyntaxKind.PartyKeyword,
        NegotiationLexer.PERSON => SyntaxKind.PersonKeyword,
        NegotiationLexer.STATE => SyntaxKind.StateKeyword,
        NegotiationLexer.ALLIANCE => SyntaxKind.AllianceKeyword,
        NegotiationLexer.ORGANISATION => SyntaxKind.OrganisationKeyword,
        NegotiationLexer.BLOC => SyntaxKind.BlocKeyword,
        NegotiationLexer.BODY => SyntaxKind.BodyKeyword,
        NegotiationLexer.AKA => SyntaxKind.AkaKeyword,
        NegotiationLexer.CODE => SyntaxKind.CodeKeyword,
        NegotiationLexer.MEMBERS => SyntaxKind.MembersKeyword,
        NegotiationLexer.OFFICE => SyntaxKind.OfficeKeyword,
        NegotiationLexer.FROM => SyntaxKind.FromKeyword,
        NegotiationLexer.UNTIL => SyntaxKind.UntilKeyword,
        NegotiationLexer.MEETING => SyntaxKind.MeetingKeyword,
        NegotiationLexer.TALKS => SyntaxKind.TalksKeyword,
        NegotiationLexer.AT => SyntaxKind.AtKeyword,
        NegotiationLexer.WITH => SyntaxKind.WithKeyword,
        NegotiationLexer.FORMAT => SyntaxKind.FormatKeyword,
        NegotiationLexer.OUTCOME => SyntaxKind.OutcomeKeyword,
        NegotiationLexer.POLICY => SyntaxKind.PolicyKeyword,
        NegotiationLexer.AGREEMENT => SyntaxKind.AgreementKeyword,
        NegotiationLexer.KIND => SyntaxKind.KindKeyword,
        NegotiationLexer.STAGE => SyntaxKind.StageKeyword,
        NegotiationLexer.TERM => SyntaxKind.TermKeyword,
        NegotiationLexer.ROLE => SyntaxKind.RoleKeyword,
        NegotiationLexer.DELEGATION => SyntaxKind.DelegationKeyword,
        NegotiationLexer.LED => SyntaxKind.LedKeyword,
        NegotiationLexer.MILESTONE => SyntaxKind.MilestoneKeyword,
        NegotiationLexer.USE => SyntaxKind.UseKeyword,
        NegotiationLexer.AS => SyntaxKind.AsKeyword,
        NegotiationLexer.TO => SyntaxKind.ToKeyword,
        NegotiationLexer.OF => SyntaxKind.OfKeyword,
        NegotiationLexer.BY => SyntaxKind.ByKeyword,
        NegotiationLexer.ON => SyntaxKind.OnKeyword,
        NegotiationLexer.IF => SyntaxKind.IfKeyword,
        NegotiationLexer.AFTER => SyntaxKind.AfterKeyword,
        NegotiationLexer.ABOUT => SyntaxKind.AboutKeyword,
        NegotiationLexer.QUOTE => SyntaxKind.QuoteKeyword,
        NegotiationLexer.GRADED => SyntaxKind.GradedKeyword,
        NegotiationLexer.DISPUTED => SyntaxKind.DisputedKeyword,
        NegotiationLexer.AMOUNT => SyntaxKind.AmountKeyword,
        NegotiationLexer.VIA => SyntaxKind.ViaKeyword,
        NegotiationLexer.NO => SyntaxKind.NoKeyword,
        NegotiationLexer.AND => SyntaxKind.AndKeyword,
        NegotiationLexer.KEEP => SyntaxKind.KeepKeyword,
        NegotiationLexer.NOT => SyntaxKind.NotKeyword,
        NegotiationLexer.FOR => SyntaxKind.ForKeyword,
        NegotiationLexer.UNDER => SyntaxKind.UnderKeyword,
        NegotiationLexer.INTO => SyntaxKind.IntoKeyword,
        NegotiationLexer.FORCE => SyntaxKind.ForceKeyword,
        NegotiationLexer.TODAY => SyntaxKind.TodayKeyword,
        NegotiationLexer.TOMORROW => SyntaxKind.TomorrowKeyword,
        NegotiationLexer.YESTERDAY => SyntaxKind.YesterdayKeyword,
        NegotiationLexer.THIS_WEEK => SyntaxKind.ThisWeekKeyword,
        NegotiationLexer.NEXT_WEEK => SyntaxKind.NextWeekKeyword,
        NegotiationLexer.LAST_WEEK => SyntaxKind.LastWeekKeyword,
        NegotiationLexer.THIS_MONTH => SyntaxKind.ThisMonthKeyword,
        NegotiationLexer.NEXT_MONTH => SyntaxKind.NextMonthKeyword,
        NegotiationLexer.LAST_MONTH => SyntaxKind.LastMonthKeyword,
        NegotiationLexer.THIS_YEAR => SyntaxKind.ThisYearKeyword,
        NegotiationLexer.NEXT_YEAR => SyntaxKind.NextYearKeyword,
        NegotiationLexer.LAST_YEAR => SyntaxKind.LastYearKeyword,
        NegotiationLexer.SOON => SyntaxKind.SoonKeyword,
        NegotiationLexer.COMING_DAYS => SyntaxKind.ComingDaysKeyword,
        NegotiationLexer.COMING_WEEKS => SyntaxKind.ComingWeeksKeyword,
        NegotiationLexer.IN => SyntaxKind.InKeyword,
        NegotiationLexer.WITHIN => SyntaxKind.WithinKeyword,
        NegotiationLexer.AGO => SyntaxKind.AgoKeyword,
        NegotiationLexer.DAYS => SyntaxKind.DaysKeyword,
        NegotiationLexer.WEEKS => SyntaxKind.WeeksKeyword,
        NegotiationLexer.MONTHS => SyntaxKind.MonthsKeyword,
        NegotiationLexer.YEARS => SyntaxKind.YearsKeyword,
        NegotiationLexer.DATE => SyntaxKind.DateLiteralToken,
        NegotiationLexer.WEEK => SyntaxKind.WeekLiteralToken,
        NegotiationLexer.MONTH => SyntaxKind.MonthLiteralToken,
        NegotiationLexer.TIME => SyntaxKind.TimeLiteralToken,
        NegotiationLexer.TIME_ZONE => SyntaxKind.TimeZoneToken,
        NegotiationLexer.DURATION => SyntaxKind.DurationLiteralToken,
        NegotiationLexer.NUMBER => SyntaxKind.NumberLiteralToken,
        NegotiationLexer.STRING => SyntaxKind.StringLiteralToken,
        NegotiationLexer.UNTERMINATED_STRING => SyntaxKind.UnterminatedStringLiteralToken,
        NegotiationLexer.IDENTIFIER => SyntaxKind.IdentifierToken,
        NegotiationLexer.LESS_THAN => SyntaxKind.LessThanToken,
        NegotiationLexer.GREATER_THAN => SyntaxKind.GreaterThanToken,
        NegotiationLexer.SEMICOLON => SyntaxKind.SemicolonToken,
        NegotiationLexer.COMMA => SyntaxKind.CommaToken,
        NegotiationLexer.COLON => SyntaxKind.ColonToken,
        NegotiationLexer.DOT_DOT => SyntaxKind.DotDotToken,
        NegotiationLexer.UNEXPECTED_CHARACTER => SyntaxKind.UnexpectedCharactersTrivia,
        _ => VerbOf(tokenType) is null ? SyntaxKind.None : SyntaxKind.VerbKeyword,
    };

    /// <summary>The verb a token type of the lexer's verb section stands for, else null.</summary>
    public static Verb? VerbOf(int tokenType) =>
        tokenType > 0 && tokenType < VerbsByTokenType.Length ? VerbsByTokenType[tokenType] : null;

    /// <summary>Each keyword token type with its spellings, in the lexer's order (for keyword repair).</summary>
    public static IEnumerable<(int TokenType, IReadOnlyList<string> Spellings)> Keywords()
    {
        for (var type = 1; type <= NegotiationLexer.UNEXPECTED_CHARACTER; type++)
        {
            var kind = FromTokenType(type);
            if (VerbOf(type) is { } verb) yield return (type, verb.Spellings);
            else if (SyntaxFacts.IsKeyword(kind)) yield return (type, SyntaxFacts.GetKeywordSpellings(kind));
        }
    }

    private static Verb?[] IndexVerbs()
    {
        var result = new Verb?[NegotiationLexer.UNEXPECTED_CHARACTER + 1];
        foreach (var verb in Verbs.WithKeyword)
        {
            for (var type = 1; type < result.Length; type++)
            {
                if (string.Equals(NegotiationLexer.DefaultVocabulary.GetSymbolicName(type), verb.Singular, System.StringComparison.OrdinalIgnoreCase)) result[type] = verb;
            }
        }

        return result;
    }
}
