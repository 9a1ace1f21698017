using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.LanguageServer;

/// <summary>What may be typed at the caret, decided from the tokens before it (re-lexed, so half-typed lines work).</summary>
internal enum Expected
{
    Nothing,
    StatementStart,
    ActorOrVerb,
    Actors,
    Verbs,
    Clauses,
    Dates,
    DatesOrLabels,
    Commitments,
    Rejectables,
    CallTargets,
    ActorsOrString,
    ExpectNo,
    OutcomeNo,
    Units,
    PartyAttributes,
    PersonAttributes,
    OfficeParts,
    RecordAttributes,
    MeetingAttributes,
    FuzzyWords,
    Offsets,
    Agreements,
    AgreementAttributes,
    DocumentKinds,
    AgreementStages,
    TimeZones,
    Roles,
    Parties,
    Persons,
    LedBy,
    AfterDelegationMember,
    Grades,
    DisputedBy,
    QuantityStart,
    QuantityUnits,
    Bounds,
    ObligationKinds,
    Capacities,
}

/// <summary>
/// Where the caret is: the kind of thing expected, the enclosing block, the number of actors already listed, and the
/// alias when the name being typed is qualified (<c>geneva.wri|</c> or <c>geneva.|</c>: a name of that use is expected).
/// </summary>
internal sealed record CompletionContext(Expected Expected, SyntaxKind BlockOwner, int ActorCount, string? Qualifier = null)
{
    /// <summary>The names before the statement's verb (<c>Lavrov</c> in <c>Lavrov says ... as |</c>): whose offices a capacity names.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>Member keywords and the meeting snippet make sense here (a file's top level or a round of talks).</summary>
    public bool MeetingsAllowed => BlockOwner is SyntaxKind.None or SyntaxKind.TalksKeyword;

    public static CompletionContext Analyze(string text, int offset)
    {
        var all = SyntaxTree.ParseTokens(text);
        if (InsideTextOrComment(all, offset)) return new(Expected.Nothing, SyntaxKind.None, 0);
        var tokens = all.Where(token => token.Kind != SyntaxKind.EndOfFileToken && !token.IsMissing);
        // A qualified name is expected where its alias starts.
        var qualifier = QualifierAt(tokens, text, offset, out var nameStart);
        if (qualifier is not null) offset = nameStart;

        // The word being typed is not context: "Blinken com|" completes after "Blinken".
        var before = tokens.Where(token => token.Span.End < offset || (token.Span.End == offset && !IsWord(token))).ToList();
        var owner = InnermostBlockOwner(before);
        var start = before.FindLastIndex(token => token.Kind is SyntaxKind.SemicolonToken or SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken);
        var statement = before.Skip(start + 1).ToList();
        if (statement.Count >= 2 && statement[0].Kind == SyntaxKind.IdentifierToken && statement[1].Kind == SyntaxKind.ColonToken) statement.RemoveRange(0, 2);
        return Classify(statement, owner) with { Qualifier = qualifier };
    }

    /// <summary>The alias of the qualified name the caret is in or just after its dot, and where that name starts; else null.</summary>
    private static string? QualifierAt(IEnumerable<SyntaxToken> tokens, string text, int offset, out int nameStart)
    {
        nameStart = offset;
        var afterDot = offset > 0 && text[offset - 1] == '.';
        foreach (var token in tokens)
        {
            if (token.Kind != SyntaxKind.IdentifierToken || token.Span.Start >= offset) continue;
            var qualifier = QualifiedName.QualifierOf(token.Text);
            var qualifiedName = qualifier is not null && offset <= token.Span.End && offset > token.Span.Start + qualifier.Length;
            var aliasBeforeDot = qualifier is null && afterDot && token.Span.End == offset - 1;
            if (!qualifiedName && !aliasBeforeDot) continue;
            nameStart = token.Span.Start;
            return qualifier ?? token.Text;
        }

        return null;
    }

    private static CompletionContext Classify(List<SyntaxToken> statement, SyntaxKind owner)
    {
        if (statement.Count == 0) return new(Expected.StatementStart, owner, 0);
        var last = statement[statement.Count - 1].Kind;
        // "on 2015-02-15 at 00:00 |": the zone the time was read in.
        if (last == SyntaxKind.TimeLiteralToken) return new(Expected.TimeZones, owner, 0);
        var beforeLast = statement.Count > 1 ? statement[statement.Count - 2].Kind : SyntaxKind.None;
        var amount = statement.FindLastIndex(token => token.Kind == SyntaxKind.AmountKeyword);
        var expected = amount >= 0 && AfterAmount(statement, amount) is { } inQuantity ? inQuantity
            : last == SyntaxKind.GradedKeyword ? Expected.Grades
            : last == SyntaxKind.DisputedKeyword ? Expected.DisputedBy
            : last == SyntaxKind.ByKeyword && beforeLast == SyntaxKind.DisputedKeyword ? Expected.Nothing
            : statement[0].Kind switch
        {
            SyntaxKind.PartyKeyword => AfterInDeclaration(last, statement.Count, Expected.PartyAttributes),
            SyntaxKind.PersonKeyword => last == SyntaxKind.StringLiteralToken && statement.Count > 3 && statement[statement.Count - 2].Kind == SyntaxKind.OfficeKeyword
                ? Expected.OfficeParts
                : AfterInDeclaration(last, statement.Count, Expected.PersonAttributes),
            SyntaxKind.RecordKeyword => last == SyntaxKind.PublishedKeyword ? Expected.Dates : Expected.RecordAttributes,
            SyntaxKind.PolicyKeyword => statement.Count == 1 ? Expected.FuzzyWords : statement.Count == 2 ? Expected.Offsets : AfterOffset(last),
            SyntaxKind.MeetingKeyword or SyntaxKind.TalksKeyword => statement.Count == 1 && statement[0].Kind == SyntaxKind.MeetingKeyword
                ? Expected.Nothing
                : last == SyntaxKind.RoleKeyword ? Expected.Roles
                : last == SyntaxKind.DelegationKeyword ? Expected.Parties
                : last == SyntaxKind.IdentifierToken && beforeLast == SyntaxKind.DelegationKeyword ? Expected.Persons
                : last == SyntaxKind.LedKeyword ? Expected.LedBy
                : last == SyntaxKind.ByKeyword && beforeLast == SyntaxKind.LedKeyword ? Expected.Persons
                : last == SyntaxKind.IdentifierToken && InDelegationList(statement) ? Expected.AfterDelegationMember
                : last == SyntaxKind.IdentifierToken && statement.Count >= 2 && statement[statement.Count - 2].Kind == SyntaxKind.RoleKeyword ? Expected.Actors
                : last is SyntaxKind.WithKeyword or SyntaxKind.CommaToken or SyntaxKind.AndKeyword ? Expected.Actors
                : last is SyntaxKind.FormatKeyword or SyntaxKind.AtKeyword or SyntaxKind.SourceKeyword ? Expected.Nothing
                : AfterOffset(last) is var offset && offset != Expected.Clauses ? offset : Expected.MeetingAttributes,
            SyntaxKind.OutcomeKeyword => statement.Count == 1 ? Expected.OutcomeNo : AfterClauseWord(last),
            SyntaxKind.MilestoneKeyword => statement.Count == 1 ? Expected.Nothing : AfterClauseWord(last),
            SyntaxKind.AgreementKeyword => last switch
            {
                SyntaxKind.KindKeyword => Expected.DocumentKinds,
                SyntaxKind.StageKeyword => Expected.AgreementStages,
                SyntaxKind.TermKeyword or SyntaxKind.SourceKeyword => Expected.Nothing,
                SyntaxKind.NumberLiteralToken => Expected.Units,
                _ => Expected.AgreementAttributes,
            },
            _ => InActorStatement(statement),
        };
        var speakers = statement.TakeWhile(token => !SyntaxFacts.IsVerb(token.Kind)).Where(token => token.Kind == SyntaxKind.IdentifierToken).Select(token => token.Text).ToList();
        return new(expected, owner, speakers.Count) { Speakers = speakers };
    }

    /// <summary>In <c>delegation USA Sherman, Karpovich |</c>: the last attribute word is <c>delegation</c>, so <c>led by</c> may follow.</summary>
    private static bool InDelegationList(List<SyntaxToken> statement)
    {
        var lastWord = statement.FindLast(token => SyntaxFacts.IsKeyword(token.Kind) && token.Kind != SyntaxKind.AndKeyword);
        return lastWord?.Kind == SyntaxKind.DelegationKeyword;
    }

    private static Expected InActorStatement(List<SyntaxToken> statement)
    {
        var verbIndex = statement.FindIndex(token => SyntaxFacts.IsVerb(token.Kind));
        var last = statement[statement.Count - 1].Kind;
        if (verbIndex < 0) return last == SyntaxKind.IdentifierToken ? Expected.ActorOrVerb : last is SyntaxKind.CommaToken or SyntaxKind.AndKeyword ? Expected.Actors : Expected.Nothing;

        // Reported speech: "Ryabkov says West |" expects the reported verb.
        var afterVerb = statement.Skip(verbIndex + 1).ToList();
        var secondVerb = afterVerb.FindIndex(token => SyntaxFacts.IsVerb(token.Kind));
        if (VerbOf(statement[verbIndex]) == VerbObject.TextOrReport && secondVerb < 0 && afterVerb.Count > 0 &&
            afterVerb.All(token => token.Kind is SyntaxKind.IdentifierToken or SyntaxKind.CommaToken or SyntaxKind.AndKeyword))
            return last == SyntaxKind.IdentifierToken ? Expected.Verbs : Expected.Actors;
        if (secondVerb >= 0) verbIndex += secondVerb + 1;

        if (verbIndex == statement.Count - 1)
        {
            if (Verbs.FromSpelling(statement[verbIndex].Text)?.Kind == StatementKind.Commitment) return Expected.ObligationKinds;
            return VerbOf(statement[verbIndex]) switch
            {
                VerbObject.Commitment => Expected.Commitments,
                VerbObject.Agreement => Expected.Agreements,
                VerbObject.TextOrLabels => Expected.Rejectables,
                VerbObject.TargetAndText => Expected.CallTargets,
                VerbObject.TextOrReport => Expected.ActorsOrString,
                VerbObject.NegatableText => Expected.ExpectNo,
                _ => Expected.Nothing,
            };
        }

        if (last == SyntaxKind.CommaToken && VerbOf(statement[verbIndex]) == VerbObject.TextOrLabels && !statement.Skip(verbIndex).Any(token => SyntaxFacts.IsClauseKeyword(token.Kind)))
            return Expected.Rejectables;
        return AfterClauseWord(last);
    }

    /// <summary>
    /// Inside <c>amount at least 50 km</c>: a bound, currency or number right after <c>amount</c>, <c>least</c> or <c>most</c> after
    /// <c>at</c>, a scale word or unit after the number; null once the quantity is complete (the statement's clauses follow).
    /// </summary>
    private static Expected? AfterAmount(List<SyntaxToken> statement, int amount)
    {
        var quantity = statement.Skip(amount + 1).ToList();
        if (quantity.Count == 0) return Expected.QuantityStart;
        var last = quantity[^1].Kind;
        if (last == SyntaxKind.AtKeyword) return Expected.Bounds;
        var number = quantity.FindIndex(token => token.Kind == SyntaxKind.NumberLiteralToken);
        if (number < 0) return last is SyntaxKind.AboutKeyword or SyntaxKind.IdentifierToken ? Expected.QuantityStart : null;
        var wordsAfter = quantity.Count - 1 - number;
        return wordsAfter < 2 && quantity.Skip(number + 1).All(token => token.Kind == SyntaxKind.IdentifierToken) ? Expected.QuantityUnits : null;
    }

    /// <summary>What the verb token takes after it (the tokens are re-lexed, so a verb's text is its spelling).</summary>
    private static VerbObject? VerbOf(SyntaxToken token) => Verbs.FromSpelling(token.Text)?.Object;

    private static Expected AfterClauseWord(SyntaxKind last) => last switch
    {
        SyntaxKind.ByKeyword or SyntaxKind.OnKeyword or SyntaxKind.UntilKeyword => Expected.Dates,
        SyntaxKind.UnderKeyword => Expected.Agreements,
        SyntaxKind.ForKeyword => Expected.Actors,
        SyntaxKind.AsKeyword => Expected.Capacities,
        SyntaxKind.AfterKeyword => Expected.DatesOrLabels,
        SyntaxKind.ToKeyword or SyntaxKind.OfKeyword or SyntaxKind.ViaKeyword or SyntaxKind.CommaToken or SyntaxKind.AndKeyword => Expected.Actors,
        SyntaxKind.IfKeyword or SyntaxKind.AboutKeyword or SyntaxKind.QuoteKeyword or SyntaxKind.SourceKeyword => Expected.Nothing,
        _ => AfterOffset(last),
    };

    /// <summary>Inside <c>in 3 days</c>: a number, then a unit; elsewhere the statement's clauses.</summary>
    private static Expected AfterOffset(SyntaxKind last) => last switch
    {
        SyntaxKind.InKeyword or SyntaxKind.WithinKeyword or SyntaxKind.DotDotToken => last == SyntaxKind.DotDotToken ? Expected.Dates : Expected.Nothing,
        SyntaxKind.NumberLiteralToken => Expected.Units,
        _ => Expected.Clauses,
    };

    private static Expected AfterInDeclaration(SyntaxKind last, int count, Expected attributes) => last switch
    {
        _ when count == 1 => Expected.Nothing,
        SyntaxKind.MembersKeyword or SyntaxKind.OfKeyword or SyntaxKind.CommaToken or SyntaxKind.AndKeyword => Expected.Actors,
        SyntaxKind.FromKeyword or SyntaxKind.UntilKeyword => Expected.Dates,
        SyntaxKind.AkaKeyword or SyntaxKind.CodeKeyword or SyntaxKind.OfficeKeyword => Expected.Nothing,
        _ => attributes,
    };

    /// <summary>The keyword (<c>meeting</c> or <c>talks</c>) of the innermost block still open before the caret.</summary>
    private static SyntaxKind InnermostBlockOwner(List<SyntaxToken> tokens)
    {
        var owners = new Stack<SyntaxKind>();
        var current = SyntaxKind.None;
        foreach (var token in tokens)
        {
            if (token.Kind is SyntaxKind.MeetingKeyword or SyntaxKind.TalksKeyword) current = token.Kind;
            else if (token.Kind == SyntaxKind.LessThanToken) owners.Push(current);
            else if (token.Kind == SyntaxKind.GreaterThanToken && owners.Count > 0) owners.Pop();
        }

        return owners.Count > 0 ? owners.Peek() : SyntaxKind.None;
    }

    private static bool InsideTextOrComment(ImmutableArray<SyntaxToken> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Kind is SyntaxKind.StringLiteralToken or SyntaxKind.UnterminatedStringLiteralToken &&
                offset > token.Span.Start && (offset < token.Span.End || token.Kind == SyntaxKind.UnterminatedStringLiteralToken && offset == token.Span.End))
                return true;
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.IsComment && offset > trivia.Span.Start && (offset < trivia.Span.End || trivia.Kind == SyntaxKind.LineCommentTrivia && offset == trivia.Span.End))
                    return true;
            }
        }

        return false;
    }

    private static bool IsWord(SyntaxToken token) => token.Kind is SyntaxKind.IdentifierToken or SyntaxKind.TimeZoneToken || SyntaxFacts.IsKeyword(token.Kind);
}
