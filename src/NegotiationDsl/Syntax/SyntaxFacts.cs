using System.Collections.Generic;
using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax;

/// <summary>Facts about kinds: keyword spellings, display names for messages, categories.</summary>
public static class SyntaxFacts
{
    /// <summary>Every spelling of each keyword; the first is the canonical one the formatter prints.</summary>
    private static readonly Dictionary<SyntaxKind, string[]> KeywordSpellings = new()
    {
        [SyntaxKind.RecordKeyword] = new[] { "record" },
        [SyntaxKind.SourceKeyword] = new[] { "source" },
        [SyntaxKind.PublishedKeyword] = new[] { "published" },
        [SyntaxKind.UrlKeyword] = new[] { "url" },
        [SyntaxKind.LanguageKeyword] = new[] { "language" },
        [SyntaxKind.PartyKeyword] = new[] { "party" },
        [SyntaxKind.PersonKeyword] = new[] { "person" },
        [SyntaxKind.StateKeyword] = new[] { "state" },
        [SyntaxKind.AllianceKeyword] = new[] { "alliance" },
        [SyntaxKind.OrganisationKeyword] = new[] { "organisation", "organization" },
        [SyntaxKind.BlocKeyword] = new[] { "bloc" },
        [SyntaxKind.BodyKeyword] = new[] { "body" },
        [SyntaxKind.AkaKeyword] = new[] { "aka" },
        [SyntaxKind.CodeKeyword] = new[] { "code" },
        [SyntaxKind.MembersKeyword] = new[] { "members" },
        [SyntaxKind.OfficeKeyword] = new[] { "office" },
        [SyntaxKind.FromKeyword] = new[] { "from" },
        [SyntaxKind.UntilKeyword] = new[] { "until" },
        [SyntaxKind.MeetingKeyword] = new[] { "meeting" },
        [SyntaxKind.TalksKeyword] = new[] { "talks" },
        [SyntaxKind.AtKeyword] = new[] { "at" },
        [SyntaxKind.WithKeyword] = new[] { "with" },
        [SyntaxKind.FormatKeyword] = new[] { "format" },
        [SyntaxKind.OutcomeKeyword] = new[] { "outcome" },
        [SyntaxKind.PolicyKeyword] = new[] { "policy" },
        [SyntaxKind.AgreementKeyword] = new[] { "agreement" },
        [SyntaxKind.KindKeyword] = new[] { "kind" },
        [SyntaxKind.StageKeyword] = new[] { "stage" },
        [SyntaxKind.TermKeyword] = new[] { "term" },
        [SyntaxKind.RoleKeyword] = new[] { "role" },
        [SyntaxKind.DelegationKeyword] = new[] { "delegation" },
        [SyntaxKind.LedKeyword] = new[] { "led" },
        [SyntaxKind.MilestoneKeyword] = new[] { "milestone" },
        [SyntaxKind.UseKeyword] = new[] { "use" },
        [SyntaxKind.AsKeyword] = new[] { "as" },
        [SyntaxKind.VerbKeyword] = VerbSpellings(),
        [SyntaxKind.ToKeyword] = new[] { "to" },
        [SyntaxKind.OfKeyword] = new[] { "of" },
        [SyntaxKind.ByKeyword] = new[] { "by" },
        [SyntaxKind.OnKeyword] = new[] { "on" },
        [SyntaxKind.IfKeyword] = new[] { "if" },
        [SyntaxKind.AfterKeyword] = new[] { "after" },
        [SyntaxKind.AboutKeyword] = new[] { "about" },
        [SyntaxKind.QuoteKeyword] = new[] { "quote" },
        [SyntaxKind.ForKeyword] = new[] { "for" },
        [SyntaxKind.UnderKeyword] = new[] { "under" },
        [SyntaxKind.GradedKeyword] = new[] { "graded" },
        [SyntaxKind.DisputedKeyword] = new[] { "disputed" },
        [SyntaxKind.AmountKeyword] = new[] { "amount" },
        [SyntaxKind.ViaKeyword] = new[] { "via" },
        [SyntaxKind.NoKeyword] = new[] { "no" },
        [SyntaxKind.AndKeyword] = new[] { "and" },
        [SyntaxKind.KeepKeyword] = new[] { "keep" },
        [SyntaxKind.NotKeyword] = new[] { "not" },
        [SyntaxKind.IntoKeyword] = new[] { "into" },
        [SyntaxKind.ForceKeyword] = new[] { "force" },
        [SyntaxKind.TodayKeyword] = new[] { "today" },
        [SyntaxKind.TomorrowKeyword] = new[] { "tomorrow" },
        [SyntaxKind.YesterdayKeyword] = new[] { "yesterday" },
        [SyntaxKind.ThisWeekKeyword] = new[] { "this_week" },
        [SyntaxKind.NextWeekKeyword] = new[] { "next_week" },
        [SyntaxKind.LastWeekKeyword] = new[] { "last_week" },
        [SyntaxKind.ThisMonthKeyword] = new[] { "this_month" },
        [SyntaxKind.NextMonthKeyword] = new[] { "next_month" },
        [SyntaxKind.LastMonthKeyword] = new[] { "last_month" },
        [SyntaxKind.ThisYearKeyword] = new[] { "this_year" },
        [SyntaxKind.NextYearKeyword] = new[] { "next_year" },
        [SyntaxKind.LastYearKeyword] = new[] { "last_year" },
        [SyntaxKind.SoonKeyword] = new[] { "soon" },
        [SyntaxKind.ComingDaysKeyword] = new[] { "coming_days" },
        [SyntaxKind.ComingWeeksKeyword] = new[] { "coming_weeks" },
        [SyntaxKind.InKeyword] = new[] { "in" },
        [SyntaxKind.WithinKeyword] = new[] { "within" },
        [SyntaxKind.AgoKeyword] = new[] { "ago" },
        [SyntaxKind.DaysKeyword] = new[] { "days", "day" },
        [SyntaxKind.WeeksKeyword] = new[] { "weeks", "week" },
        [SyntaxKind.MonthsKeyword] = new[] { "months", "month" },
        [SyntaxKind.YearsKeyword] = new[] { "years", "year" },
    };

    private static readonly Dictionary<string, SyntaxKind> KeywordsBySpelling = BuildKeywordsBySpelling();

    public static IEnumerable<SyntaxKind> Keywords => KeywordSpellings.Keys;

    public static bool IsKeyword(SyntaxKind kind) => KeywordSpellings.ContainsKey(kind);

    public static IReadOnlyList<string> GetKeywordSpellings(SyntaxKind kind) =>
        KeywordSpellings.TryGetValue(kind, out var spellings) ? spellings : System.Array.Empty<string>();

    /// <summary>The canonical text of a keyword or punctuation token, or null for tokens with varying text (verbs too).</summary>
    public static string? GetText(SyntaxKind kind)
    {
        if (kind != SyntaxKind.VerbKeyword && KeywordSpellings.TryGetValue(kind, out var spellings)) return spellings[0];
        return kind switch
        {
            SyntaxKind.LessThanToken => "<",
            SyntaxKind.GreaterThanToken => ">",
            SyntaxKind.SemicolonToken => ";",
            SyntaxKind.CommaToken => ",",
            SyntaxKind.ColonToken => ":",
            SyntaxKind.DotDotToken => "..",
            _ => null,
        };
    }

    public static SyntaxKind GetKeywordKind(string text) =>
        KeywordsBySpelling.TryGetValue(text, out var kind) ? kind : SyntaxKind.IdentifierToken;

    public static bool IsVerb(SyntaxKind kind) => kind == SyntaxKind.VerbKeyword;

    public static bool IsClauseKeyword(SyntaxKind kind) => kind >= SyntaxKind.ToKeyword && kind <= SyntaxKind.ViaKeyword;

    public static bool IsDateWord(SyntaxKind kind) => kind >= SyntaxKind.TodayKeyword && kind <= SyntaxKind.YearsKeyword;

    public static bool IsTrivia(SyntaxKind kind) => kind >= SyntaxKind.WhitespaceTrivia && kind <= SyntaxKind.SkippedTokensTrivia;

    /// <summary>How a token kind is named in a message: <c>';'</c>, <c>'meeting'</c>, <c>a name</c>, <c>a date</c>.</summary>
    public static string GetDisplayName(SyntaxKind kind)
    {
        var text = GetText(kind);
        if (text is not null) return "'" + text + "'";
        return kind switch
        {
            SyntaxKind.EndOfFileToken => "end of file",
            SyntaxKind.VerbKeyword => "a verb",
            SyntaxKind.IdentifierToken => "a name",
            SyntaxKind.StringLiteralToken or SyntaxKind.UnterminatedStringLiteralToken => "a string",
            SyntaxKind.DateLiteralToken => "a date (2022-01-21)",
            SyntaxKind.WeekLiteralToken => "a week (2022-W03)",
            SyntaxKind.MonthLiteralToken => "a month (2022-01)",
            SyntaxKind.TimeLiteralToken => "a time (13:00)",
            SyntaxKind.TimeZoneToken => "a time zone (Europe/Kyiv)",
            SyntaxKind.DurationLiteralToken => "a duration (1.5h, 90min)",
            SyntaxKind.NumberLiteralToken => "a number",
            _ => kind.ToString(),
        };
    }

    private static string[] VerbSpellings()
    {
        var spellings = new List<string>();
        foreach (var verb in Verbs.WithKeyword) spellings.AddRange(verb.Spellings);
        return spellings.ToArray();
    }

    private static Dictionary<string, SyntaxKind> BuildKeywordsBySpelling()
    {
        var result = new Dictionary<string, SyntaxKind>(System.StringComparer.Ordinal);
        foreach (var pair in KeywordSpellings)
        {
            foreach (var spelling in pair.Value) result[spelling] = pair.Key;
        }

        return result;
    }
}
