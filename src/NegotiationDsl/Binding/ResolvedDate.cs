using NegotiationDsl.Dates;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>What the date expression at <paramref name="Span"/> resolved to (null when it could not be) and what it counted from.</summary>
public sealed record ResolvedDate(TextSpan Span, DateInterval? Interval, DateAnchor? Anchor);
