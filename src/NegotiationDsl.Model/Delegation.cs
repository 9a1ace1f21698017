using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A party's delegation at a meeting or round of talks (<c>delegation USA Sherman, Karpovich led by Sherman</c>).</summary>
public sealed class Delegation
{
    public Delegation(Actor party, Actor? lead, IReadOnlyList<Actor> members)
    {
        Party = party;
        Lead = lead;
        Members = members;
    }

    /// <summary>The party or organisation the delegation was for.</summary>
    public Actor Party { get; }

    /// <summary>Who led it, or null when the record does not say.</summary>
    public Actor? Lead { get; }

    /// <summary>The members in the order written, the lead among them.</summary>
    public IReadOnlyList<Actor> Members { get; }

    public override string ToString() => Party.ToString();
}
