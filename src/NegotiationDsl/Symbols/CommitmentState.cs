namespace NegotiationDsl.Symbols;

/// <summary>Where a commitment stands on a given date.</summary>
public enum CommitmentState
{
    /// <summary>Made, not yet due (before the deadline period, or no deadline).</summary>
    Open,
    /// <summary>Within the deadline period (for <c>by next_week</c>: during that week).</summary>
    Due,
    /// <summary>The deadline has passed without a recorded fulfilment.</summary>
    Overdue,
    Fulfilled,
    FulfilledLate,
    Broken,
    Withdrawn,
    /// <summary>The records cannot decide (a deadline or event date too imprecise, or unresolved).</summary>
    Unknown,
}
