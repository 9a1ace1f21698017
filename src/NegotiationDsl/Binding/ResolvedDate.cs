using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>What a date expression resolved to (null when it could not be) and what it counted from.</summary>
public sealed record ResolvedDate(DateSyntax Syntax, DateInterval? Interval, DateAnchor? Anchor);
