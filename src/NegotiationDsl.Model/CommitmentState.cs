namespace NegotiationDsl.Model;

/// <summary>Where a commitment stands on a given day.</summary>
public enum CommitmentState
{
    Open,
    Due,
    Overdue,
    Fulfilled,
    FulfilledLate,
    Broken,
    Withdrawn,
    Unknown,

    /// <summary>Made after the day asked about: on that day there was no commitment yet.</summary>
    NotMadeYet,

    /// <summary>A maintenance obligation or prohibition made, but its period has not started.</summary>
    Pending,

    /// <summary>A maintenance obligation or prohibition in its period with no violation recorded so far: kept.</summary>
    InForce,

    /// <summary>A maintenance obligation or prohibition in its period, violated at least once so far (it stays in force).</summary>
    Violated,

    /// <summary>A maintenance obligation or prohibition whose period is over.</summary>
    Ended,
}
