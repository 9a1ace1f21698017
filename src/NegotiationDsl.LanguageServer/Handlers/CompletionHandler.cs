using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Dates;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Completion that works on half-typed lines: the tokens before the caret decide what may come next.
/// Actors of the folder (and of the folders the file uses) come first, then the keywords, verbs and clause words
/// valid there, date words after <c>by</c>, <c>on</c>, <c>from</c>, <c>until</c>, labels after <c>fulfils</c> or
/// <c>rejects</c>, <c>to keep</c> and <c>not to</c> after <c>commits</c>, the offices of the statement's persons after <c>as</c>,
/// time zone ids after a time of day, role names after <c>role</c>, parties after <c>delegation</c> and persons in its list, the grades A1-F6 after <c>graded</c>, bounds,
/// currencies, scale words and units in an <c>amount</c>, and a snippet for a whole meeting block where a meeting may start. After <c>alias.</c> only the
/// names of that use are offered, and in a use's path the folders of the archive.
/// </summary>
internal sealed class CompletionHandler(Workspace workspace) : ILanguageFeature
{
    private const string MeetingSnippet = "${1:label}: meeting ${2:Place} ${3:2022-01-21} with ${4:actors} <\n  $0\n>";

    private static readonly SyntaxKind[] DateWords =
    [
        SyntaxKind.TodayKeyword, SyntaxKind.TomorrowKeyword, SyntaxKind.YesterdayKeyword,
        SyntaxKind.ThisWeekKeyword, SyntaxKind.NextWeekKeyword, SyntaxKind.LastWeekKeyword,
        SyntaxKind.ThisMonthKeyword, SyntaxKind.NextMonthKeyword, SyntaxKind.LastMonthKeyword,
        SyntaxKind.ThisYearKeyword, SyntaxKind.NextYearKeyword, SyntaxKind.LastYearKeyword,
        SyntaxKind.SoonKeyword, SyntaxKind.ComingDaysKeyword, SyntaxKind.ComingWeeksKeyword,
        SyntaxKind.InKeyword, SyntaxKind.WithinKeyword,
    ];

    private static readonly SyntaxKind[] ClauseWords =
    [
        SyntaxKind.ToKeyword, SyntaxKind.OfKeyword, SyntaxKind.ByKeyword, SyntaxKind.OnKeyword, SyntaxKind.IfKeyword, SyntaxKind.AfterKeyword,
        SyntaxKind.AboutKeyword, SyntaxKind.QuoteKeyword, SyntaxKind.SourceKeyword, SyntaxKind.GradedKeyword, SyntaxKind.DisputedKeyword, SyntaxKind.AmountKeyword, SyntaxKind.ViaKeyword,
        SyntaxKind.InKeyword, SyntaxKind.WithinKeyword,
        SyntaxKind.ForKeyword, SyntaxKind.UntilKeyword, SyntaxKind.UnderKeyword,
    ];

    public void Advertise(ServerCapabilities capabilities) => capabilities.CompletionProvider = new CompletionOptions(ResolveProvider: false);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(CompletionParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return new CompletionList(false, []);
        var offset = snapshot.OffsetOf(request.Position);
        if (UsedPaths.At(snapshot, offset) is { } paths) return new CompletionList(false, paths.ToArray());
        var context = CompletionContext.Analyze(snapshot.Text.Text, offset);
        var items = Items(context, VisibleNames.Of(snapshot, context.Qualifier));
        // After an alias and its dot only a name of that use may come.
        if (context.Qualifier is not null) items = items.Where(item => item.Kind is not (CompletionItemKind.Keyword or CompletionItemKind.Snippet));
        return new CompletionList(false, items.ToArray());
    }

    private static IEnumerable<CompletionItem> Items(CompletionContext context, IReadOnlyList<Symbol> names) => context.Expected switch
    {
        Expected.StatementStart => Actors(names).Concat(StatementKeywords(context)).Concat(context.MeetingsAllowed ? [Snippet()] : []),
        Expected.ActorOrVerb => VerbItems(Verbs.WithKeyword, context.ActorCount).Concat(Keywords(SyntaxKind.AndKeyword)),
        Expected.Actors => Actors(names),
        Expected.Verbs => VerbItems(Verbs.WithKeyword.Where(verb => verb.CanBeReported), context.ActorCount),
        Expected.ActorsOrString => Actors(names),
        Expected.Clauses => Keywords(ClauseWords),
        Expected.Dates => Keywords(DateWords),
        Expected.DatesOrLabels => Labels(names, _ => true).Concat(Keywords(DateWords)),
        Expected.Commitments => Labels(names, symbol => symbol is CommitmentSymbol),
        Expected.Rejectables => Labels(names, symbol => symbol is StatementSymbol { StatementKind: StatementKind.Demand or StatementKind.Proposal or StatementKind.Offer }),
        Expected.CallTargets => Labels(names, _ => true).Concat(Actors(names)),
        Expected.ExpectNo or Expected.OutcomeNo => Keywords(SyntaxKind.NoKeyword),
        Expected.Units => Keywords(SyntaxKind.DaysKeyword, SyntaxKind.WeeksKeyword, SyntaxKind.MonthsKeyword, SyntaxKind.YearsKeyword, SyntaxKind.AgoKeyword),
        Expected.PartyAttributes => Keywords(SyntaxKind.StateKeyword, SyntaxKind.AllianceKeyword, SyntaxKind.OrganisationKeyword, SyntaxKind.BlocKeyword, SyntaxKind.BodyKeyword,
            SyntaxKind.AkaKeyword, SyntaxKind.CodeKeyword, SyntaxKind.MembersKeyword, SyntaxKind.OfKeyword),
        Expected.PersonAttributes => Keywords(SyntaxKind.OfficeKeyword, SyntaxKind.OfKeyword, SyntaxKind.AkaKeyword, SyntaxKind.CodeKeyword),
        Expected.OfficeParts => Keywords(SyntaxKind.OfKeyword, SyntaxKind.FromKeyword, SyntaxKind.UntilKeyword, SyntaxKind.OfficeKeyword, SyntaxKind.AkaKeyword, SyntaxKind.CodeKeyword),
        Expected.RecordAttributes => Keywords(SyntaxKind.SourceKeyword, SyntaxKind.GradedKeyword, SyntaxKind.PublishedKeyword, SyntaxKind.UrlKeyword, SyntaxKind.LanguageKeyword),
        Expected.MeetingAttributes => MeetingAttributes(),
        Expected.AfterDelegationMember => Keywords(SyntaxKind.LedKeyword).Concat(MeetingAttributes()),
        Expected.Grades => Grades(),
        Expected.DisputedBy => Keywords(SyntaxKind.ByKeyword),
        Expected.QuantityStart => Keywords(SyntaxKind.AboutKeyword, SyntaxKind.AtKeyword).Concat(Words(Model.QuantityUnits.Currencies.OrderBy(code => code, System.StringComparer.Ordinal), "currency (ISO 4217)")),
        Expected.Bounds => Words(Model.QuantityUnits.Bounds.Keys, "bound"),
        Expected.QuantityUnits => Words(Model.QuantityUnits.Scales.Keys, "scale word").Concat(Model.QuantityUnits.Measures.Select(measure =>
            new CompletionItem(measure.Key, CompletionItemKind.Unit, measure.Value, "0" + measure.Key))),
        Expected.FuzzyWords => Keywords(SyntaxKind.SoonKeyword, SyntaxKind.ComingDaysKeyword, SyntaxKind.ComingWeeksKeyword),
        Expected.Offsets => Keywords(SyntaxKind.InKeyword, SyntaxKind.WithinKeyword),
        Expected.Agreements => Labels(names, symbol => symbol is AgreementSymbol),
        Expected.AgreementAttributes => Keywords(SyntaxKind.KindKeyword, SyntaxKind.StageKeyword, SyntaxKind.TermKeyword, SyntaxKind.SourceKeyword),
        Expected.DocumentKinds => TableValues(AgreementTables.Kinds, "kind of agreement"),
        Expected.AgreementStages => TableValues(AgreementTables.Stages, "PA-X stage"),
        Expected.TimeZones => TimeZoneItems(),
        Expected.Roles => Roles.All.Select(role => new CompletionItem(role.Name, CompletionItemKind.Constant, role.Description, "1" + role.Name)),
        Expected.Parties => Actors(names.Where(symbol => symbol is PartySymbol).ToList()),
        Expected.Persons => Actors(names.Where(symbol => symbol is PersonSymbol).ToList()),
        Expected.LedBy => Keywords(SyntaxKind.ByKeyword),
        Expected.ObligationKinds => ObligationKindItems(),
        Expected.Capacities => Capacities(names, context.Speakers),
        _ => [],
    };

    private static IEnumerable<CompletionItem> MeetingAttributes() =>
        Keywords(SyntaxKind.WithKeyword, SyntaxKind.AtKeyword, SyntaxKind.FormatKeyword, SyntaxKind.SourceKeyword, SyntaxKind.GradedKeyword, SyntaxKind.RoleKeyword, SyntaxKind.DelegationKeyword)
            .Concat(Keywords(DateWords));

    /// <summary>After <c>commits</c>: the text of an achievement, or <c>to keep</c> and <c>not to</c> for the two lasting kinds (docs/language.md section 17).</summary>
    private static IEnumerable<CompletionItem> ObligationKindItems() =>
    [
        new("to keep", CompletionItemKind.Keyword, Obligations.Describe(ObligationKind.Maintenance), "1to keep"),
        new("not to", CompletionItemKind.Keyword, Obligations.Describe(ObligationKind.Prohibition), "1not to"),
    ];

    /// <summary>After <c>as</c>: each declared office of the statement's persons, quoted, as the capacity is written (<c>as "Chairperson-in-Office"</c>).</summary>
    private static IEnumerable<CompletionItem> Capacities(IReadOnlyList<Symbol> names, IReadOnlyList<string> speakers) =>
        names.OfType<PersonSymbol>().Where(person => speakers.Contains(person.Name))
            .SelectMany(person => person.Offices.Select(office => (person, office.Title)))
            .GroupBy(item => item.Title).Select(group => group.First())
            .Select(item => new CompletionItem(StringLiteral(item.Title), CompletionItemKind.Value,
                $"office of {PrintableText.Escape(item.person.DisplayName)}", "0" + item.Title));

    /// <summary>A title as a string literal of the language: quotes and backslashes escaped.</summary>
    private static string StringLiteral(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static IEnumerable<CompletionItem> StatementKeywords(CompletionContext context)
    {
        var kinds = context.BlockOwner switch
        {
            SyntaxKind.None => new[] { SyntaxKind.RecordKeyword, SyntaxKind.PartyKeyword, SyntaxKind.PersonKeyword, SyntaxKind.PolicyKeyword, SyntaxKind.MeetingKeyword, SyntaxKind.TalksKeyword, SyntaxKind.OutcomeKeyword, SyntaxKind.AgreementKeyword, SyntaxKind.MilestoneKeyword },
            SyntaxKind.TalksKeyword => new[] { SyntaxKind.MeetingKeyword, SyntaxKind.OutcomeKeyword, SyntaxKind.MilestoneKeyword },
            _ => new[] { SyntaxKind.OutcomeKeyword, SyntaxKind.MilestoneKeyword },
        };
        return Keywords(kinds);
    }

    /// <summary>Actors in scope (declared anywhere in the folder or in what the file uses), ranked before everything else.</summary>
    private static IEnumerable<CompletionItem> Actors(IReadOnlyList<Symbol> names) =>
        names.OfType<ActorSymbol>().GroupBy(actor => actor.Name).Select(group => group.First()).OrderBy(actor => actor.Name, System.StringComparer.Ordinal).Select(actor =>
            new CompletionItem(actor.Name, actor is PersonSymbol ? CompletionItemKind.Variable : CompletionItemKind.Module,
                $"{PrintableText.Escape(actor.DisplayName)} ({actor.Kind.ToString().ToLowerInvariant()})", "0" + actor.Name));

    private static IEnumerable<CompletionItem> Labels(IReadOnlyList<Symbol> names, System.Func<Symbol, bool> filter) =>
        names.Where(symbol => symbol.Identifier is not null && symbol is not ActorSymbol && filter(symbol)).Select(symbol =>
            new CompletionItem(symbol.Name, CompletionItemKind.Reference, symbol is StatementSymbol statement ? Verbs.Of(statement.StatementKind).Name : symbol.Kind.ToString().ToLowerInvariant(), "0" + symbol.Name));

    /// <summary>The values of one of the agreement tables (<c>kind treaty</c>, <c>stage framework</c>), with what each means.</summary>
    private static IEnumerable<CompletionItem> TableValues(System.Collections.Immutable.ImmutableArray<AgreementTerm> table, string what) =>
        table.Select(term => new CompletionItem(term.Name, CompletionItemKind.EnumMember, $"{what}: {term.Title}", "0" + term.Name));

    /// <summary>The singular spelling for one actor (<c>Blinken commits</c>), the plural for several (<c>Blinken and Lavrov agree</c>).</summary>
    private static IEnumerable<CompletionItem> VerbItems(IEnumerable<Verb> verbs, int actorCount) =>
        verbs.Select(verb => actorCount > 1 ? verb.Plural : verb.Singular)
            .Select(spelling => new CompletionItem(spelling, CompletionItemKind.Keyword, "verb", "1" + spelling));

    private static IEnumerable<CompletionItem> Keywords(params SyntaxKind[] kinds) =>
        kinds.Select(kind => SyntaxFacts.GetText(kind)!).Select(text => new CompletionItem(text, CompletionItemKind.Keyword, null, "1" + text));

    /// <summary>The canonical zone ids of the IANA database (<c>Europe/Kyiv</c>, <c>UTC</c>), without the old aliases.</summary>
    private static IEnumerable<CompletionItem> TimeZoneItems() =>
        TimeZones.CanonicalIds.Select(id => new CompletionItem(id, CompletionItemKind.Constant, "time zone", "1" + id));

    /// <summary>Words of the unit table (not keywords: the binder reads them), with what they are.</summary>
    private static IEnumerable<CompletionItem> Words(IEnumerable<string> words, string detail) =>
        words.Select(word => new CompletionItem(word, CompletionItemKind.Unit, detail, "0" + word));

    /// <summary>Every grade of the NATO (Admiralty) scheme, A1 to F6, with what it means.</summary>
    private static IEnumerable<CompletionItem> Grades() =>
        Model.SourceGrade.ReliabilityScale.SelectMany(reliability => Model.SourceGrade.CredibilityScale.Select(credibility =>
            new CompletionItem(reliability.Symbol + credibility.Symbol, CompletionItemKind.EnumMember,
                $"source {reliability.Meaning}; information {credibility.Meaning}", "0" + reliability.Symbol + credibility.Symbol)));

    private static CompletionItem Snippet() =>
        new("meeting block", CompletionItemKind.Snippet, "a labelled meeting with its date, participants and block", "2meeting", MeetingSnippet, InsertTextFormat.Snippet);
}
