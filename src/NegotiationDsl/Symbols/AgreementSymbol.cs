using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>
/// An agreement as a document (a treaty, a joint statement, a resolution): its kind, stage and term, and what the
/// records say happened to it (signed, in force, extended, suspended, terminated), in whichever folder of an archive.
/// Not an <c>agrees</c> statement: that is an act (<see cref="StatementKind.Agreement"/>), this is the text agreed.
/// </summary>
public sealed class AgreementSymbol : Symbol
{
    private KeptString _title;

    internal AgreementSymbol(string name, SyntaxTree tree, AgreementDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Label?.Identifier)
    {
    }

    public override SymbolKind Kind => SymbolKind.Agreement;

    /// <summary>The document's title as written.</summary>
    public string? Title => _title.In(SyntaxTree.Text);

    /// <summary>The kind of document from <see cref="AgreementTables.Kinds"/>, or null when none (or an unknown one) is written.</summary>
    public AgreementTerm? DocumentKind { get; internal set; }

    /// <summary>The stage in a peace process from <see cref="AgreementTables.Stages"/>, or null.</summary>
    public AgreementTerm? Stage { get; internal set; }

    /// <summary>How long it runs from entry into force (else from signing), or null when open-ended or not said.</summary>
    public CalendarLength? Term { get; internal set; }

    public string? Source { get; internal set; }

    /// <summary>The events about it (signing, entry into force, extension, ...), in date order, undated last.</summary>
    public ImmutableArray<AgreementEvent> Events { get; internal set; } = ImmutableArray<AgreementEvent>.Empty;

    /// <summary>The commitments that are its provisions (<c>under</c> it), in date order.</summary>
    public ImmutableArray<CommitmentSymbol> Provisions { get; internal set; } = ImmutableArray<CommitmentSymbol>.Empty;

    /// <summary>The dates that follow from every event the records hold.</summary>
    public AgreementDates Dates => AgreementTimeline.Evaluate(this, asOf: null);

    /// <summary>The state on <paramref name="asOf"/>, from the events on or before it (null: no day, so unknown).</summary>
    public AgreementState GetState(LocalDate? asOf) => asOf is null ? AgreementState.Unknown : AgreementTimeline.Evaluate(this, asOf).State;

    /// <summary>The dates as the records on or before <paramref name="asOf"/> had them (an extension announced later is not yet counted).</summary>
    public AgreementDates GetDates(LocalDate? asOf) => AgreementTimeline.Evaluate(this, asOf);

    internal void SetTitle(StringLiteralSyntax literal) => _title = KeptString.Of(literal);

    private protected override void MoveOwnParts(SpanShift shift)
    {
        base.MoveOwnParts(shift);
        _title = _title.MovedBy(shift);
    }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Provisions = map.MapAll(Provisions);
        Events = map.MapEach(Events, static (agreementEvent, copies) => agreementEvent with { Statement = copies.Map(agreementEvent.Statement) });
    }
}

/// <summary>
/// One event in an agreement's life: its kind (a signing, an extension, ...), when, who, for whom, and for an extension
/// or renewal its length or new end.
/// </summary>
public sealed record AgreementEvent(StatementKind Kind, DateInterval? Date, StatementSymbol Statement)
{
    public ImmutableArray<ActorSymbol> Actors => Statement.Actors;

    /// <summary>The parties a signatory, witness or guarantor acted for (<c>for USA</c>).</summary>
    public ImmutableArray<ActorSymbol> For => Statement.For;

    /// <summary>An extension's or renewal's length (<c>for 5 years</c>).</summary>
    public CalendarLength? Length => Statement.Length;

    /// <summary>An extension's or renewal's new end (<c>until 2026-02-05</c>).</summary>
    public DateInterval? Until => Statement.Until;

    /// <summary>The end of the term as this event leaves it (the events before it counted too); null without a term.</summary>
    public LocalDate? TermEnd { get; internal set; }
}
