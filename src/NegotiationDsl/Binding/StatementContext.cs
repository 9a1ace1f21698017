using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;

namespace NegotiationDsl.Binding;

/// <summary>Where a statement stands: its file, the date it counts from, the meeting it belongs to, and the zone of its times.</summary>
internal sealed record StatementContext(SyntaxTree Tree, StatementSyntax Syntax, DateAnchor? Anchor, MeetingSymbol? Meeting, DateTimeZone? Zone = null);
