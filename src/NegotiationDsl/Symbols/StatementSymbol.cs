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

    /// <summary>Every source the statement names (<c>source</c>, <c>disputed by</c>), with its grade; empty when it names none.</summary>
    public ImmutableArray<CitedSource> Sources
    {
        get => _rare?.Sources ?? ImmutableArray<CitedSource>.Empty;
        internal set => Rare.Sources = value;
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

    /// <summary>For a rejection, fulfilment, breach or withdrawal: the statements referred to by label.</summary>
    public ImmutableArray<StatementSymbol> References
    {
        get => _rare?.References ?? ImmutableArray<StatementSymbol>.Empty;
        internal set => Rare.References = value;
    }

    private RareParts Rare => _rare ??= new RareParts();

    private sealed class RareParts
    {
        public Symbol? TargetSymbol;
        public string? TargetText;
        public ImmutableArray<ActorSymbol>? Addressees;
        public string? Condition;
        public Symbol? AfterSymbol;
        public string? AfterText;
        public DateInterval? AfterDate;
        public string? Topic;
        public string? Quote;
        public string? Source;
        public ImmutableArray<CitedSource>? Sources;
        public ImmutableArray<NegotiationDsl.Model.Quantity>? Quantities;
        public PersonSymbol? Via;
        public StatementSymbol? Reported;
        public ImmutableArray<StatementSymbol>? References;
    }
}
