using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A state, alliance, organisation, bloc or body.</summary>
public sealed class Party : Actor
{
    public Party(string id, string name, PartyKind kind, IReadOnlyList<string> aliases, string? code, IReadOnlyList<Party> members, Party? parent)
        : base(id, name, aliases, code)
    {
        Kind = kind;
        Members = members;
        Parent = parent;
    }

    public PartyKind Kind { get; }

    /// <summary>For a bloc: its member parties.</summary>
    public IReadOnlyList<Party> Members { get; }

    /// <summary>For a body: the party it belongs to.</summary>
    public Party? Parent { get; }
}
