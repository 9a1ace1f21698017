namespace NegotiationDsl.Model;

/// <summary>
/// What a commitment obliges its debtors to: achieve something (perhaps by a deadline), keep something up
/// during a period, or not do something. Only an achievement is fulfilled or overdue; the other two are kept
/// or violated while they are in force.
/// </summary>
public enum ObligationKind
{
    /// <summary><c>commits "x"</c>: a deliverable, fulfilled or not.</summary>
    Achievement,

    /// <summary><c>commits to keep "x" from ... until ...</c>: a state of affairs to keep during a period.</summary>
    Maintenance,

    /// <summary><c>commits not to "x"</c>: something not to do, during a period or for good.</summary>
    Prohibition,
}
