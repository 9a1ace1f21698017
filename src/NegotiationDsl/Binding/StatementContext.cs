using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>
/// A declared statement waiting to be bound, and where it stands: its file, the date it counts from, the meeting it
/// belongs to, and the zone of its times. One object per statement, with its symbol, rather than a pair of two.
/// </summary>
internal sealed record StatementContext(StatementSymbol Symbol, SyntaxTree Tree, StatementSyntax Syntax, DateAnchor? Anchor, MeetingSymbol? Meeting, DateTimeZone? Zone = null);
