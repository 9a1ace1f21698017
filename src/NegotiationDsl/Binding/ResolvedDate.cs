using NegotiationDsl.Dates;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// What the date expression at <paramref name="Span"/> resolved to (null when it could not be), what it counted from,
/// and the times of day written at its start and end (<c>2015-02-15 at 00:00 Europe/Kyiv</c>), when any.
/// </summary>
public sealed record ResolvedDate(TextSpan Span, DateInterval? Interval, DateAnchor? Anchor, EventTime? StartTime = null, EventTime? EndTime = null);
