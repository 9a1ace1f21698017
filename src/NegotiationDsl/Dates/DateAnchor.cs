namespace NegotiationDsl.Dates;

/// <summary>What a relative date counts from, and where that came from (for hovers and messages).</summary>
public sealed record DateAnchor(DateInterval Interval, string Description);
