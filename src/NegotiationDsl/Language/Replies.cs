namespace NegotiationDsl.Language;

/// <summary>How messages and outputs name a reply to an offer, proposal or demand.</summary>
public static class Replies
{
    /// <summary><c>accepted</c>, <c>answered</c>, <c>rejected</c>.</summary>
    public static string PastTense(StatementKind kind) => Verbs.Of(kind).Settled ?? "rejected";
}
