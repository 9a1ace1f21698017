using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// Builds a <see cref="ReportModel"/> from a compilation's semantic model. Statements are taken once each:
/// the act inside reported speech belongs to its report. Everything is ordered by date, then by its place
/// in the records, so the model does not depend on hashing or on the machine.
/// </summary>
internal sealed partial class ReportModelBuilder
{
    private readonly Compilation _compilation;
    private readonly string _name;
    private readonly LocalDate? _asOf;
    private readonly AsOfRule _asOfRule;
    private readonly Dictionary<Symbol, int> _order = new();
    private readonly List<StatementSymbol> _statements;
    private readonly Dictionary<StatementSymbol, ReportStatement> _reportStatements = new();
    private readonly Dictionary<StatementSymbol, ReportStatement> _answerStatements = new();
    private readonly Dictionary<RecordSymbol, ReportRecord> _records = new();

    public ReportModelBuilder(Compilation compilation, string name, LocalDate? asOf)
    {
        _compilation = compilation;
        _name = name;
        (_asOf, _asOfRule) = ResolveAsOf(asOf, compilation.GetLatestDate());

        var symbols = compilation.Symbols;
        for (var i = 0; i < symbols.Length; i++) _order[symbols[i]] = i;
        _statements = symbols.OfType<StatementSymbol>().Where(statement => !statement.IsReportedAct).ToList();
        foreach (var record in compilation.Records) _records[record] = Record(record);
    }

    /// <summary>The day given, else the latest date in the records, else none.</summary>
    internal static (LocalDate? AsOf, AsOfRule Rule) ResolveAsOf(LocalDate? given, LocalDate? latest) =>
        given is { } day ? (day, AsOfRule.Given)
            : latest is { } last ? (last, AsOfRule.LatestInRecords)
            : (null, AsOfRule.None);

    public ReportModel Build()
    {
        var tracks = Tracks(out var tracksByKey);
        var commitments = Commitments(tracksByKey);
        var demands = Demands(out var unlinkedOffers);
        var agreements = AgreementRows().Select(row => row.Row).ToImmutableArray();
        var milestones = MilestoneRows(tracksByKey).Select(row => row.Row).ToImmutableArray();
        return new ReportModel(
            _name,
            _asOf,
            _asOfRule,
            _compilation.Records.Select(record => _records[record]).ToImmutableArray(),
            _compilation.Actors.OrderBy(actor => actor is PersonSymbol ? 1 : 0).ThenBy(actor => _order[actor]).Select(Actor).ToImmutableArray(),
            tracks,
            commitments,
            demands,
            unlinkedOffers,
            Citations(),
            HasGrades(),
            ReportTimeline.Build(tracks, commitments, agreements, milestones, _asOf),
            agreements)
        {
            Milestones = milestones,
            Proposals = ProposalRows(tracksByKey).Select(row => row.Row).ToImmutableArray(),
        };
    }

    // ---- Records and actors ------------------------------------------------------------------

    internal static ReportRecord Record(RecordSymbol record) =>
        new(Path.GetFileName(record.FilePath), record.Title, ReportText.Sources(record.Sources), record.Url, record.Language, record.Published);

    internal static ReportActor Actor(ActorSymbol actor)
    {
        var description = actor switch
        {
            PersonSymbol person => PersonDescription(person),
            PartySymbol party => PartyDescription(party),
            _ => "",
        };
        return new ReportActor(actor.Name, actor.DisplayName, actor is PersonSymbol, description, actor.Code, actor.Aliases);
    }

    private static string PersonDescription(PersonSymbol person)
    {
        var offices = person.Offices.Select(office =>
        {
            var text = office.Title;
            if (office.Party is { } party) text += ", " + party.DisplayName;
            if (office.From is { } from) text += ", from " + ReportText.Date(from);
            if (office.Until is { } until) text += ", until " + ReportText.Date(until);
            return text;
        }).ToList();
        if (person.Affiliation is { } affiliation && person.Offices.All(office => office.Party != affiliation))
            offices.Insert(0, "of " + affiliation.DisplayName);
        return string.Join("; ", offices);
    }

    private static string PartyDescription(PartySymbol party)
    {
        var text = PartyKinds.Word(party.PartyKind) ?? "party";
        if (!party.Members.IsEmpty) text += " of " + StatementSentence.Names(party.Members);
        if (party.Parent is { } parent) text += " of " + parent.DisplayName;
        return text;
    }

    // ---- Statements -------------------------------------------------------------------------

    internal ReportStatement Statement(StatementSymbol statement) => Statement(statement, _reportStatements, int.MaxValue);

    /// <summary>
    /// A statement as an answer to a demand: shown under every demand it names, so naming only a few of them (a rejection of
    /// 2,000 demands would otherwise be written out 2,000 times). The same as <see cref="Statement(StatementSymbol)"/> for the rest.
    /// </summary>
    private ReportStatement Answer(StatementSymbol statement) =>
        Act(statement).References.Length <= StatementSentence.MaxReferencesInAnswer
            ? Statement(statement)
            : Statement(statement, _answerStatements, StatementSentence.MaxReferencesInAnswer);

    private static ReportStatement Statement(StatementSymbol statement, Dictionary<StatementSymbol, ReportStatement> made, int maxReferences)
    {
        if (made.TryGetValue(statement, out var known)) return known;
        var result = new ReportStatement(
            statement.HasLabel ? statement.Name : null,
            statement.StatementKind,
            StatementSentence.Of(statement, maxReferences),
            statement.Date,
            statement.Meeting?.Place,
            statement.Topic,
            statement.Condition,
            statement.Quote,
            ReportText.Sources(statement.Sources),
            FileName(statement),
            Line(statement))
        {
            StartTime = statement.StartTime,
            EndTime = statement.EndTime,
        };
        made[statement] = result;
        return result;
    }

    /// <summary>The act a statement records: for reported speech, the reported act.</summary>
    private static StatementSymbol Act(StatementSymbol statement) =>
        statement.StatementKind == StatementKind.ReportedSpeech && statement.Reported is { } reported ? reported : statement;

    /// <summary>Dated things first, by their first day; then the order of the records.</summary>
    private IEnumerable<T> InDateOrder<T>(IEnumerable<T> symbols, System.Func<T, DateInterval?> date)
        where T : Symbol =>
        symbols.OrderBy(symbol => date(symbol) is null ? 1 : 0).ThenBy(symbol => date(symbol)?.Start).ThenBy(symbol => _order[symbol]);

    /// <summary>Has something dated <paramref name="date"/> happened by the "as of" day? Unknown when the dates cannot tell.</summary>
    private Truth HappenedByAsOf(DateInterval? date)
    {
        if (date is not { } interval || _asOf is not { } asOf) return Truth.Unknown;
        if (interval.End <= asOf) return Truth.True;
        return interval.Start > asOf ? Truth.False : Truth.Unknown;
    }

    // ---- Sources ----------------------------------------------------------------------------

    private ImmutableArray<ReportCitation> Citations()
    {
        var cited = new List<(string Source, string At)>();
        foreach (var symbol in _compilation.Symbols)
        {
            var sources = symbol switch
            {
                GatheringSymbol gathering => gathering.Sources,
                StatementSymbol statement => statement.Sources,
                _ => ImmutableArray<Model.CitedSource>.Empty,
            };
            foreach (var source in sources)
            {
                var at = $"{FileName(symbol)} line {Line(symbol)}";
                if (source.Grade is { } grade) at += " (" + grade + ")";
                if (source.Stance == Model.SourceStance.Disputes) at += ", disputing it";
                cited.Add((source.Name, at));
            }
        }

        return cited.GroupBy(item => item.Source, System.StringComparer.Ordinal)
            .Select(group => new ReportCitation(group.Key, group.Select(item => item.At).ToImmutableArray()))
            .ToImmutableArray();
    }

    /// <summary>Whether any source of the records is graded: the report then explains the grades.</summary>
    private bool HasGrades() =>
        _compilation.Records.Any(record => record.Sources.Any(source => source.Grade is not null))
        || _compilation.Symbols.Any(symbol => symbol switch
        {
            GatheringSymbol gathering => gathering.Sources.Any(source => source.Grade is not null),
            StatementSymbol statement => statement.Sources.Any(source => source.Grade is not null),
            _ => false,
        });

    internal static string FileName(Symbol symbol) => Path.GetFileName(symbol.Location.FilePath);

    /// <summary>The one-based line the symbol's declaration starts on.</summary>
    internal static int Line(Symbol symbol) => symbol.DeclarationLocation.LineSpan.Start.Line + 1;
}
