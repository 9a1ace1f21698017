using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using CitedSource = NegotiationDsl.Model.CitedSource;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>What a meeting and a round of talks share: their clauses, who took part, and what was said there.</summary>
public abstract class GatheringSymbol : Symbol
{
    private TextSpan _headSpan;
    private KeptString _format;

    private protected GatheringSymbol(string name, SyntaxTree tree, SyntaxNode declaration, LabelSyntax? label, BlockSyntax body)
        : base(name, tree, declaration, label?.Identifier)
    {
        _headSpan = TextSpan.FromBounds(declaration.Span.Start, body.Span.Start);
    }

    /// <summary>The declaration up to its body (<c>meeting Geneva 2022-01-21 with Blinken, Lavrov</c>).</summary>
    public Location HeadLocation => new(SyntaxTree.Text, _headSpan);

    public DateInterval? Date { get; internal set; }
    /// <summary>The local time of day at which it started (the time of <see cref="StartTime"/>, or an <c>at</c> without a day).</summary>
    public LocalTime? LocalTime { get; internal set; }

    /// <summary>When it started and ended to the minute (<c>2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk</c>), when written.</summary>
    public EventTime? StartTime { get; internal set; }
    public EventTime? EndTime { get; internal set; }

    /// <summary>The zone its times are read in: written on its own date or time, else the enclosing round's; null for none.</summary>
    public string? TimeZoneId { get; internal set; }
    public Duration? Duration { get; internal set; }

    /// <summary>How the duration is bounded: exact, or <c>about 8h</c>, <c>at least 16h</c>, <c>at most 2h</c>.</summary>
    public NegotiationDsl.Model.Approximation DurationApproximation { get; internal set; }
    public string? Format
    {
        get => _format.In(SyntaxTree.Text);
        internal set => _format = KeptString.Of(value);
    }

    /// <summary>The gathering's own <c>source</c>, when it differs from the record's: the first of <see cref="Sources"/> that reports it.</summary>
    public string? Source { get; internal set; }

    /// <summary>Every source the gathering names, with its grade; empty when it names none.</summary>
    public ImmutableArray<CitedSource> Sources { get; internal set; } = ImmutableArray<CitedSource>.Empty;
    public ImmutableArray<ActorSymbol> Participants { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;

    /// <summary>Who chaired, hosted, mediated or observed it (<c>role chair Cassis</c>), in the order written.</summary>
    public ImmutableArray<RoleAssignment> Roles { get; internal set; } = ImmutableArray<RoleAssignment>.Empty;

    /// <summary>The parties' delegations (<c>delegation USA Sherman led by Sherman</c>), in the order written.</summary>
    public ImmutableArray<Delegation> Delegations { get; internal set; } = ImmutableArray<Delegation>.Empty;

    /// <summary>The statements made in the gathering itself (a round's meetings have their own).</summary>
    public ImmutableArray<StatementSymbol> Statements { get; internal set; } = ImmutableArray<StatementSymbol>.Empty;

    internal void SetFormat(StringLiteralSyntax literal) => _format = KeptString.Of(literal);

    private protected override void MoveOwnParts(SpanShift shift)
    {
        base.MoveOwnParts(shift);
        _headSpan = shift.Move(_headSpan);
        _format = _format.MovedBy(shift);
    }

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Participants = map.MapAll(Participants);
        Statements = map.MapAll(Statements);
        Roles = map.MapEach(Roles, static (role, copies) => role with { Actors = copies.MapAll(role.Actors) });
        Delegations = map.MapEach(Delegations, static (delegation, copies) =>
            new Delegation(copies.Map(delegation.Party), copies.MapOrNull(delegation.Lead), copies.MapAll(delegation.Members)));
    }
}
