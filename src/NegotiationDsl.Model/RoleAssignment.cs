using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>Who held a role at a meeting or round of talks (<c>role mediator Carter</c>): chair, host, mediator, facilitator, observer or lead.</summary>
public sealed class RoleAssignment
{
    public RoleAssignment(string role, IReadOnlyList<Actor> actors)
    {
        Role = role;
        Actors = actors;
    }

    public string Role { get; }
    public IReadOnlyList<Actor> Actors { get; }

    public override string ToString() => Role;
}
