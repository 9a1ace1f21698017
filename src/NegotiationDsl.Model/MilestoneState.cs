namespace NegotiationDsl.Model;

/// <summary>Where a milestone stands on a day (see <see cref="MilestoneStateRules"/>).</summary>
public enum MilestoneState
{
    /// <summary>Its day is after the day asked about.</summary>
    Upcoming,

    /// <summary>The day asked about is its day, or within its period.</summary>
    Reached,

    /// <summary>Its day is over and nothing is recorded about it.</summary>
    Passed,

    /// <summary>Recorded as having happened on or before the day asked about.</summary>
    Happened,

    /// <summary>Recorded as not having happened, on or before the day asked about.</summary>
    DidNotHappen,

    /// <summary>No day to evaluate on, no day of its own, or a date too coarse to tell.</summary>
    Unknown,
}
