using System.Collections.Immutable;
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
    private readonly TextSpan _headSpan;

    private protected GatheringSymbol(string name, SyntaxTree tree, SyntaxNode declaration, LabelSyntax? label, BlockSyntax body)
        : base(name, tree, declaration, label?.Identifier)
    {
        _headSpan = TextSpan.FromBounds(declaration.Span.Start, body.Span.Start);
    }

    /// <summary>The declaration up to its body (<c>meeting Geneva 2022-01-21 with Blinken, Lavrov</c>).</summary>
    public Location HeadLocation => new(SyntaxTree.Text, _headSpan);

    public DateInterval? Date { get; internal set; }
    public LocalTime? LocalTime { get; internal set; }
    public Duration? Duration { get; internal set; }

    /// <summary>How the duration is bounded: exact, or <c>about 8h</c>, <c>at least 16h</c>, <c>at most 2h</c>.</summary>
    public NegotiationDsl.Model.Approximation DurationApproximation { get; internal set; }
    public string? Format { get; internal set; }

    /// <summary>The gathering's own <c>source</c>, when it differs from the record's: the first of <see cref="Sources"/> that reports it.</summary>
    public string? Source { get; internal set; }

    /// <summary>Every source the gathering names, with its grade; empty when it names none.</summary>
    public ImmutableArray<CitedSource> Sources { get; internal set; } = ImmutableArray<CitedSource>.Empty;
    public ImmutableArray<ActorSymbol> Participants { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;

    /// <summary>The statements made in the gathering itself (a round's meetings have their own).</summary>
    public ImmutableArray<StatementSymbol> Statements { get; internal set; } = ImmutableArray<StatementSymbol>.Empty;
}
