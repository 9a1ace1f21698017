using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>Where a statement stands: its file, the date it counts from, and the meeting it belongs to.</summary>
internal sealed record StatementContext(SyntaxTree Tree, StatementSyntax Syntax, DateAnchor? Anchor, MeetingSymbol? Meeting);
