using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>A round of talks: its meetings and the statements about the round as a whole.</summary>
public sealed class TalksSymbol : Symbol
{
    internal TalksSymbol(string name, SyntaxTree tree, TalksDeclarationSyntax declaration)
        : base(name, tree, declaration, declaration.Label?.Identifier)
    {
    }

    public override SymbolKind Kind => SymbolKind.Talks;
    public string? Title { get; internal set; }
    public DateInterval? Date { get; internal set; }
    public LocalTime? LocalTime { get; internal set; }
    public Duration? Duration { get; internal set; }
    public string? Format { get; internal set; }

    /// <summary>The round's own <c>source</c>, when it differs from the record's.</summary>
    public string? Source { get; internal set; }
    public ImmutableArray<ActorSymbol> Participants { get; internal set; } = ImmutableArray<ActorSymbol>.Empty;
    public ImmutableArray<MeetingSymbol> Meetings { get; internal set; } = ImmutableArray<MeetingSymbol>.Empty;
    public ImmutableArray<StatementSymbol> Statements { get; internal set; } = ImmutableArray<StatementSymbol>.Empty;
}
