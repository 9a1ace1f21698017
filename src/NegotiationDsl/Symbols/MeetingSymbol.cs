using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>A meeting: where, when, how long, who took part, and what was said there.</summary>
public sealed class MeetingSymbol : Symbol
{
    internal MeetingSymbol(string name, SyntaxTree tree, MeetingDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Label?.Identifier)
    {
    }

    public override SymbolKind Kind => SymbolKind.Meeting;
    public string Place { get; internal set; } = "";
    public DateInterval? Date { get; internal set; }
    public LocalTime? LocalTime { get; internal set; }
    public Duration? Duration { get; internal set; }
    public string? Format { get; internal set; }

    /// <summary>The meeting's own <c>source</c>, when it differs from the record's.</summary>
    public string? Source { get; internal set; }
    public ImmutableArray<ActorSymbol> Participants { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;
    public TalksSymbol? Talks { get; internal set; }
    public ImmutableArray<StatementSymbol> Statements { get; internal set; } = ImmutableArray<StatementSymbol>.Empty;
}
