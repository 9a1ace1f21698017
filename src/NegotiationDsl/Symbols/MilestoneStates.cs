namespace NegotiationDsl.Symbols;

/// <summary>The one spelling of each milestone state in every output: JSON's <c>state</c>, status, reports and hover.</summary>
public static class MilestoneStates
{
    /// <summary>The state's name in JSON (<c>didNotHappen</c>).</summary>
    public static string Name(MilestoneState state) => state switch
    {
        MilestoneState.Upcoming => "upcoming",
        MilestoneState.Reached => "reached",
        MilestoneState.Passed => "passed",
        MilestoneState.Happened => "happened",
        MilestoneState.DidNotHappen => "didNotHappen",
        _ => "unknown",
    };

    /// <summary>The state in a sentence or a table cell (<c>did not happen</c>).</summary>
    public static string Text(MilestoneState state) => state == MilestoneState.DidNotHappen ? "did not happen" : Name(state);
}
