namespace NegotiationDsl.Reports;

/// <summary>Where a report's "as of" day came from.</summary>
public enum AsOfRule
{
    /// <summary>Given by the caller (<c>--as-of</c>).</summary>
    Given,

    /// <summary>The latest date in the records (the default: a report never looks past its records).</summary>
    LatestInRecords,

    /// <summary>Nothing in the records is dated and no day was given: every state is unknown.</summary>
    None,
}
