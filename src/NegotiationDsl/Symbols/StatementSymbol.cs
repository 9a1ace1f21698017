using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegotiationDsl.Dates;
using CitedSource = NegotiationDsl.Model.CitedSource;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Symbols;

/// <summary>One statement of a record, with its names resolved and its dates resolved.</summary>
public class StatementSymbol : Symbol
{
    // What only some statements have (a quote, a condition, an 'after', ...) is stored only where it is.
    private RareParts _rare;
    // The text of a literal without escapes, where it is in the source (WrittenString; unboxed, as most
    // statements have a text); the default span when the text is a string of the rare parts or there is none.
    private TextSpan _textSpan;

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
    public string? Text
    {
        get => _textSpan.Start != 0 ? SyntaxTree.Text.ToString(_textSpan) : (string?)_rare.Get(RarePart.Text);
        internal set
        {
            _textSpan = default;
            _rare.Set(RarePart.Text, value);
        }
    }

    /// <summary>What an assessment (<c>calls X "..."</c>) is about: a symbol, or text when it names none.</summary>
    public Symbol? TargetSymbol
    {
        get => (Symbol?)_rare.Get(RarePart.TargetSymbol);
        internal set => _rare.Set(RarePart.TargetSymbol, value);
    }

    public string? TargetText
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.TargetText), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.TargetText, value);
    }

    /// <summary><c>expects no ...</c>, <c>outcome no ...</c>.</summary>
    public bool IsNegated { get; internal set; }

    public ImmutableArray<ActorSymbol> Recipients
    {
        get => PartList<ActorSymbol>(RarePart.Recipients);
        internal set => SetPartList(RarePart.Recipients, value);
    }
    public ImmutableArray<ActorSymbol> Addressees
    {
        get => PartList<ActorSymbol>(RarePart.Addressees);
        internal set => SetPartList(RarePart.Addressees, value);
    }

    /// <summary>When the statement was made: its <c>on</c> date, else the meeting's, talks' or publication date.</summary>
    public DateInterval? Date { get; internal set; }
    public DateInterval? Deadline
    {
        get => _rare.Get(RarePart.Deadline) is DateInterval deadline ? deadline : null;
        internal set => _rare.Set(RarePart.Deadline, value);
    }
    /// <summary>The start of a maintenance obligation's or prohibition's period (<c>from</c>), when written.</summary>
    public DateInterval? From
    {
        get => _rare.Get(RarePart.From) is DateInterval from ? from : null;
        internal set => _rare.Set(RarePart.From, value);
    }

    /// <summary>
    /// <c>until</c>, when written: the end of a maintenance obligation's or prohibition's period, or the new end an
    /// agreement's extension or renewal gives it (<c>until 2026-02-05</c>).
    /// </summary>
    public DateInterval? Until
    {
        get => _rare.Get(RarePart.Until) is DateInterval until ? until : null;
        internal set => _rare.Set(RarePart.Until, value);
    }


    /// <summary>The time of day of a lasting obligation's <c>from</c> (<c>from 2015-02-15 at 00:00 Europe/Kyiv</c>), when written.</summary>
    public EventTime? FromTime
    {
        get => (EventTime?)_rare.Get(RarePart.FromTime);
        internal set => _rare.Set(RarePart.FromTime, value);
    }

    /// <summary>The time of day of a lasting obligation's <c>until</c>, when written.</summary>
    public EventTime? UntilTime
    {
        get => (EventTime?)_rare.Get(RarePart.UntilTime);
        internal set => _rare.Set(RarePart.UntilTime, value);
    }

    /// <summary>The time of day of its <c>on</c> date (<c>on 2015-02-15 at 00:00 Europe/Kyiv</c>), when written.</summary>
    public EventTime? StartTime
    {
        get => (EventTime?)_rare.Get(RarePart.StartTime);
        internal set => _rare.Set(RarePart.StartTime, value);
    }

    /// <summary>The time at the end of an <c>on</c> range written with times.</summary>
    public EventTime? EndTime
    {
        get => (EventTime?)_rare.Get(RarePart.EndTime);
        internal set => _rare.Set(RarePart.EndTime, value);
    }
    public string? Condition
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.Condition), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.Condition, value);
    }

    public Symbol? AfterSymbol
    {
        get => (Symbol?)_rare.Get(RarePart.AfterSymbol);
        internal set => _rare.Set(RarePart.AfterSymbol, value);
    }

    public string? AfterText
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.AfterText), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.AfterText, value);
    }

    public DateInterval? AfterDate
    {
        get => _rare.Get(RarePart.AfterDate) is DateInterval afterDate ? afterDate : null;
        internal set => _rare.Set(RarePart.AfterDate, value);
    }

    public string? Topic
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.Topic), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.Topic, value);
    }

    public string? Quote
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.Quote), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.Quote, value);
    }

    /// <summary>The statement's own source: the first of <see cref="Sources"/> that reports it.</summary>
    public string? Source
    {
        get => (string?)_rare.Get(RarePart.Source);
        internal set => _rare.Set(RarePart.Source, value);
    }

    /// <summary>The office the person acted in (<c>as "Chairperson-in-Office of the OSCE"</c>), as written.</summary>
    public string? Capacity
    {
        get => WrittenString.FromPart(_rare.Get(RarePart.Capacity), SyntaxTree.Text);
        internal set => _rare.Set(RarePart.Capacity, value);
    }

    /// <summary>Every source the statement names (<c>source</c>, <c>disputed by</c>), with its grade; empty when it names none.</summary>
    public ImmutableArray<CitedSource> Sources
    {
        get => PartList<CitedSource>(RarePart.Sources);
        internal set => SetPartList(RarePart.Sources, value);
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
        get => _rare.Get(RarePart.Obligation) is ObligationKind obligation ? obligation : ObligationKind.Achievement;
        internal set => _rare.Set(RarePart.Obligation, value);
    }

    /// <summary>The quantities the statement states (<c>amount about 5000 prisoners</c>), in order.</summary>
    public ImmutableArray<NegotiationDsl.Model.Quantity> Quantities
    {
        get => PartList<NegotiationDsl.Model.Quantity>(RarePart.Quantities);
        internal set => SetPartList(RarePart.Quantities, value);
    }

    /// <summary>The spokesperson through whom a party spoke (<c>via Peskov</c>).</summary>
    public PersonSymbol? Via
    {
        get => (PersonSymbol?)_rare.Get(RarePart.Via);
        internal set => _rare.Set(RarePart.Via, value);
    }

    public MeetingSymbol? Meeting { get; internal set; }
    public TalksSymbol? Talks { get; internal set; }

    /// <summary>For reported speech: the statement being reported.</summary>
    public StatementSymbol? Reported
    {
        get => (StatementSymbol?)_rare.Get(RarePart.Reported);
        internal set => _rare.Set(RarePart.Reported, value);
    }

    /// <summary>For the act inside reported speech: the report (<c>OSCE says DPR violates ceasefire</c>).</summary>
    public StatementSymbol? ReportedIn
    {
        get => (StatementSymbol?)_rare.Get(RarePart.ReportedIn);
        internal set => _rare.Set(RarePart.ReportedIn, value);
    }

    /// <summary>For an offer, proposal or demand: the acceptances, rejections and answers naming it anywhere in the archive, in date order.</summary>
    public ImmutableArray<CommitmentEvent> Replies
    {
        get => PartList<CommitmentEvent>(RarePart.Replies);
        internal set => SetPartList(RarePart.Replies, value);
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
        get => PartList<StatementSymbol>(RarePart.References);
        internal set => SetPartList(RarePart.References, value);
    }

    /// <summary>For an event in an agreement's life (a signing, an entry into force, ...): the agreement.</summary>
    public AgreementSymbol? Agreement
    {
        get => (AgreementSymbol?)_rare.Get(RarePart.Agreement);
        internal set => _rare.Set(RarePart.Agreement, value);
    }

    /// <summary>The agreement whose provision this commitment is (<c>under new_start</c>).</summary>
    public AgreementSymbol? Under
    {
        get => (AgreementSymbol?)_rare.Get(RarePart.Under);
        internal set => _rare.Set(RarePart.Under, value);
    }

    /// <summary>The parties a signatory, witness or guarantor acted for (<c>for USA</c>).</summary>
    public ImmutableArray<ActorSymbol> For
    {
        get => PartList<ActorSymbol>(RarePart.For);
        internal set => SetPartList(RarePart.For, value);
    }

    /// <summary>An extension's or renewal's length (<c>for 5 years</c>).</summary>
    public CalendarLength? Length
    {
        get => _rare.Get(RarePart.Length) is CalendarLength length ? length : null;
        internal set => _rare.Set(RarePart.Length, value);
    }

    // The default span says "no text in the source" and stays so.
    private protected override void MoveOwnParts(SpanShift shift)
    {
        base.MoveOwnParts(shift);
        if (_textSpan.Start != 0) _textSpan = shift.MoveContent(_textSpan);
    }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        // A statement made or received by one actor shares that actor's list, as binding made it.
        Actors = Actors.Length == 1 ? map.Map(Actors[0]).AsList : map.MapAll(Actors);
        Meeting = map.MapOrNull(Meeting);
        Talks = map.MapOrNull(Talks);
        _rare = _rare.Select(CopyPart, map);
    }

    /// <summary>A rare part of the copy: symbols mapped, spans in the source moved, lists of symbols or events made again, the rest shared.</summary>
    private static object? CopyPart(object? part, SymbolMap map) => part switch
    {
        Symbol symbol => map[symbol],
        TextSpan content => map.Shift.MoveContent(content),
        Symbol[] symbols => map.MapArray(symbols),
        CommitmentEvent[] events => map.MapEvents(events),
        _ => part,
    };

    /// <summary>Sets <see cref="Text"/> to a literal's value, keeping only where it is when it has no escapes.</summary>
    internal void SetText(StringLiteralSyntax literal)
    {
        if (WrittenString.IsPlain(literal, out var content))
        {
            _rare.Set(RarePart.Text, null);
            _textSpan = content;
        }
        else
        {
            Text = literal.Value;
        }
    }

    /// <summary>Sets a part that holds a string (<see cref="Quote"/>, <see cref="Topic"/>, ...) to a literal's value, the same way.</summary>
    internal void SetWritten(RarePart part, StringLiteralSyntax literal) => _rare.Set(part, WrittenString.PartOf(literal));

    private ImmutableArray<T> PartList<T>(RarePart part) =>
        _rare.Get(part) is T[] items ? ImmutableCollectionsMarshal.AsImmutableArray(items) : ImmutableArray<T>.Empty;

    // An empty list is stored as nothing: reading it gives the empty list either way.
    private void SetPartList<T>(RarePart part, ImmutableArray<T> value) =>
        _rare.Set(part, value.IsDefaultOrEmpty ? null : ImmutableCollectionsMarshal.AsArray(value));
}
