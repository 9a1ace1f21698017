using System.Collections.Immutable;
using NegotiationDsl.Dates;
using CitedSource = NegotiationDsl.Model.CitedSource;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>One statement of a record, with its names resolved and its dates resolved.</summary>
public class StatementSymbol : Symbol
{
    // What only some statements have (a quote, a condition, an 'after', ...) lives in a second object made
    // on first use, which keeps the tens of thousands of plain statements small.
    private RareParts? _rare;

    internal StatementSymbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier, StatementKind statementKind)
        : base(name, tree, declaration, identifier)
    {
        StatementKind = statementKind;
    }

    public override SymbolKind Kind => SymbolKind.Statement;
    public StatementKind StatementKind { get; }

    /// <summary>Set by the binder once the statement is bound (a flag, not a set of 75,000 symbols per 1,000 files).</summary>
    internal bool IsBound { get; set; }

    /// <summary>True for the act inside reported speech: it belongs to its report, not to the record's statements.</summary>
    public bool IsReportedAct => DeclarationKind == SyntaxKind.ReportedSpeech;

    /// <summary>True for a labelled statement (<c>written_response: ...</c>) that others can refer to.</summary>
    public bool HasLabel => HasIdentifier;

    /// <summary>Who made the statement (several for an agreement); empty for an outcome.</summary>
    public ImmutableArray<ActorSymbol> Actors { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;

    /// <summary>The statement's object: the deliverable, demand, assessment, expectation, ...</summary>
    public string? Text { get; internal set; }

    /// <summary>What an assessment (<c>calls X "..."</c>) is about: a symbol, or text when it names none.</summary>
    public Symbol? TargetSymbol
    {
        get => _rare?.TargetSymbol;
        internal set => Rare.TargetSymbol = value;
    }

    public string? TargetText
    {
        get => _rare?.TargetText;
        internal set => Rare.TargetText = value;
    }

    /// <summary><c>expects no ...</c>, <c>outcome no ...</c>.</summary>
    public bool IsNegated { get; internal set; }

    public ImmutableArray<ActorSymbol> Recipients { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;
    public ImmutableArray<ActorSymbol> Addressees
    {
        get => _rare?.Addressees ?? ImmutableArray<ActorSymbol>.Empty;
        internal set => Rare.Addressees = value;
    }

    /// <summary>When the statement was made: its <c>on</c> date, else the meeting's, talks' or publication date.</summary>
    public DateInterval? Date { get; internal set; }
    public DateInterval? Deadline { get; internal set; }
    /// <summary>The start of a maintenance obligation's or prohibition's period (<c>from</c>), when written.</summary>
    public DateInterval? From
    {
        get => _rare?.From;
        internal set => Rare.From = value;
    }

    /// <summary>
    /// <c>until</c>, when written: the end of a maintenance obligation's or prohibition's period, or the new end an
    /// agreement's extension or renewal gives it (<c>until 2026-02-05</c>).
    /// </summary>
    public DateInterval? Until
    {
        get => _rare?.Until;
        internal set => Rare.Until = value;
    }


    /// <summary>The time of day of a lasting obligation's <c>from</c> (<c>from 2015-02-15 at 00:00 Europe/Kyiv</c>), when written.</summary>
    public EventTime? FromTime
    {
        get => _rare?.FromTime;
        internal set => Rare.FromTime = value;
    }

    /// <summary>The time of day of a lasting obligation's <c>until</c>, when written.</summary>
    public EventTime? UntilTime
    {
        get => _rare?.UntilTime;
        internal set => Rare.UntilTime = value;
    }

    /// <summary>The time of day of its <c>on</c> date (<c>on 2015-02-15 at 00:00 Europe/Kyiv</c>), when written.</summary>
    public EventTime? StartTime
    {
        get => _rare?.StartTime;
        internal set => Rare.StartTime = value;
    }

    /// <summary>The time at the end of an <c>on</c> range written with times.</summary>
    public EventTime? EndTime
    {
        get => _rare?.EndTime;
        internal set => Rare.EndTime = value;
    }
    public string? Condition
    {
        get => _rare?.Condition;
        internal set => Rare.Condition = value;
    }

    public Symbol? AfterSymbol
    {
        get => _rare?.AfterSymbol;
        internal set => Rare.AfterSymbol = value;
    }

    public string? AfterText
    {
        get => _rare?.AfterText;
        internal set => Rare.AfterText = value;
    }

    public DateInterval? AfterDate
    {
        get => _rare?.AfterDate;
        internal set => Rare.AfterDate = value;
    }

    public string? Topic
    {
        get => _rare?.Topic;
        internal set => Rare.Topic = value;
    }

    public string? Quote
    {
        get => _rare?.Quote;
        internal set => Rare.Quote = value;
    }

    /// <summary>The statement's own source: the first of <see cref="Sources"/> that reports it.</summary>
    public string? Source
    {
        get => _rare?.Source;
        internal set => Rare.Source = value;
    }

    /// <summary>The office the person acted in (<c>as "Chairperson-in-Office of the OSCE"</c>), as written.</summary>
    public string? Capacity
    {
        get => _rare?.Capacity;
        internal set => Rare.Capacity = value;
    }

    /// <summary>Every source the statement names (<c>source</c>, <c>disputed by</c>), with its grade; empty when it names none.</summary>
    public ImmutableArray<CitedSource> Sources
    {
        get => _rare?.Sources ?? ImmutableArray<CitedSource>.Empty;
        internal set => Rare.Sources = value;
    }

    /// <summary>
    /// For a commitment, made or reported (<c>X says Y commits to keep "…"</c>): an achievement (<c>commits</c>), a maintenance
    /// obligation (<c>commits to keep</c>) or a prohibition (<c>commits not to</c>); an achievement for every other statement.
    /// </summary>
    /// <summary>
    /// True when its <c>from</c> and <c>until</c> are a lasting obligation's period: a maintenance obligation or prohibition,
    /// made or reported (<c>OSCE says DPR commits to keep "x" from D</c>: clauses after the reported act are the whole statement's).
    /// </summary>
    public bool HasPeriod => Obligation != ObligationKind.Achievement && StatementKind == StatementKind.Commitment
        || Reported is { } reported && reported.HasPeriod;

    public ObligationKind Obligation
    {
        get => _rare?.Obligation ?? ObligationKind.Achievement;
        internal set => Rare.Obligation = value;
    }

    /// <summary>The quantities the statement states (<c>amount about 5000 prisoners</c>), in order.</summary>
    public ImmutableArray<NegotiationDsl.Model.Quantity> Quantities
    {
        get => _rare?.Quantities ?? ImmutableArray<NegotiationDsl.Model.Quantity>.Empty;
        internal set => Rare.Quantities = value;
    }

    /// <summary>The spokesperson through whom a party spoke (<c>via Peskov</c>).</summary>
    public PersonSymbol? Via
    {
        get => _rare?.Via;
        internal set => Rare.Via = value;
    }

    public MeetingSymbol? Meeting { get; internal set; }
    public TalksSymbol? Talks { get; internal set; }

    /// <summary>For reported speech: the statement being reported.</summary>
    public StatementSymbol? Reported
    {
        get => _rare?.Reported;
        internal set => Rare.Reported = value;
    }

    /// <summary>For the act inside reported speech: the report (<c>OSCE says DPR violates ceasefire</c>).</summary>
    public StatementSymbol? ReportedIn
    {
        get => _rare?.ReportedIn;
        internal set => Rare.ReportedIn = value;
    }

    /// <summary>For an offer, proposal or demand: the acceptances, rejections and answers naming it anywhere in the archive, in date order.</summary>
    public ImmutableArray<CommitmentEvent> Replies
    {
        get => _rare?.Replies ?? ImmutableArray<CommitmentEvent>.Empty;
        internal set => Rare.Replies = value;
    }

    /// <summary>A labelled offer or proposal: it has a reply state (<see cref="GetReplyState"/>).</summary>
    public bool IsReplyTarget => HasLabel && StatementKind is StatementKind.Offer or StatementKind.Proposal;

    /// <summary>Accepted, rejected, answered without a decision or no answer yet on <paramref name="asOf"/> (null: no day, so unknown), by the rules generated models share.</summary>
    public ReplyState GetReplyState(NodaTime.LocalDate? asOf) => NegotiationDsl.Model.ReplyStateRules.Evaluate(
        Days(Date), System.Linq.Enumerable.Select(Replies, reply => (reply.Kind, Days(reply.Date))), asOf is { } day ? DayNumber(day) : null);

    internal static (int Start, int End)? Days(DateInterval? date) => date is { } d ? (DayNumber(d.Start), DayNumber(d.End)) : null;

    internal static int DayNumber(NodaTime.LocalDate date) => (int)(date.ToDateTimeUnspecified().Ticks / System.TimeSpan.TicksPerDay);

    /// <summary>For a rejection, fulfilment, breach or withdrawal: the statements referred to by label.</summary>
    public ImmutableArray<StatementSymbol> References
    {
        get => _rare?.References ?? ImmutableArray<StatementSymbol>.Empty;
        internal set => Rare.References = value;
    }

    /// <summary>For an event in an agreement's life (a signing, an entry into force, ...): the agreement.</summary>
    public AgreementSymbol? Agreement
    {
        get => _rare?.Agreement;
        internal set => Rare.Agreement = value;
    }

    /// <summary>The agreement whose provision this commitment is (<c>under new_start</c>).</summary>
    public AgreementSymbol? Under
    {
        get => _rare?.Under;
        internal set => Rare.Under = value;
    }

    /// <summary>The parties a signatory, witness or guarantor acted for (<c>for USA</c>).</summary>
    public ImmutableArray<ActorSymbol> For
    {
        get => _rare?.For ?? ImmutableArray<ActorSymbol>.Empty;
        internal set => Rare.For = value;
    }

    /// <summary>An extension's or renewal's length (<c>for 5 years</c>).</summary>
    public CalendarLength? Length
    {
        get => _rare?.Length;
        internal set => Rare.Length = value;
    }

    private RareParts Rare => _rare ??= new RareParts();

    private sealed class RareParts
    {
        public Symbol? TargetSymbol;
        public string? TargetText;
        public ImmutableArray<ActorSymbol>? Addressees;
        public DateInterval? From;
        public DateInterval? Until;
        public EventTime? FromTime;
        public EventTime? UntilTime;
        public string? Condition;
        public Symbol? AfterSymbol;
        public string? AfterText;
        public DateInterval? AfterDate;
        public EventTime? StartTime;
        public EventTime? EndTime;
        public string? Topic;
        public string? Quote;
        public string? Source;
        public ImmutableArray<CitedSource>? Sources;
        public ImmutableArray<NegotiationDsl.Model.Quantity>? Quantities;
        public ObligationKind? Obligation;
        public PersonSymbol? Via;
        public string? Capacity;
        public StatementSymbol? Reported;
        public StatementSymbol? ReportedIn;
        public ImmutableArray<CommitmentEvent>? Replies;
        public ImmutableArray<StatementSymbol>? References;
        public AgreementSymbol? Agreement;
        public AgreementSymbol? Under;
        public ImmutableArray<ActorSymbol>? For;
        public CalendarLength? Length;
    }
}
