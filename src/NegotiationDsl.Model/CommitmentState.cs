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
}
