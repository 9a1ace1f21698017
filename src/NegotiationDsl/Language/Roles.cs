using System;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Language;

/// <summary>A role at a meeting or a round of talks (<c>role chair Cassis</c>): its name and whether holding it means taking part.</summary>
/// <param name="Name">The name written after <c>role</c>.</param>
/// <param name="Description">What the role is, for hovers, completion and the docs.</param>
/// <param name="TakesPart">True when the holder is at the table: one not among the participants is counted as one, with a warning.</param>
public sealed record Role(string Name, string Description, bool TakesPart)
{
    /// <summary>The CAMEO code of what the holder did, where CAMEO has one (043 host a visit, 045 mediate); else null.</summary>
    public string? Cameo { get; init; }
}

/// <summary>
/// The role table: the names after <c>role</c> are looked up here (a did-you-mean for the rest), and the binder,
/// JSON, reports and the editor's completion read it. A name, not a keyword: a new role is a row, not a word reserved.
/// </summary>
public static class Roles
{
    public static ImmutableArray<Role> All { get; } = ImmutableArray.Create(
        new Role("chair", "chaired it (co-chairs in one list)", TakesPart: true),
        new Role("host", "hosted it: the state or organisation whose premises or invitation it was; need not take part", TakesPart: false) { Cameo = "043" },
        new Role("mediator", "mediated between the parties", TakesPart: true) { Cameo = "045" },
        new Role("facilitator", "facilitated it without mediating", TakesPart: true),
        new Role("observer", "attended as an observer only, not as a party", TakesPart: true),
        new Role("lead", "led it for the participants, or leads the follow-up negotiations (talks)", TakesPart: true));

    public static Role? Find(string name) => All.FirstOrDefault(role => string.Equals(role.Name, name, StringComparison.Ordinal));
}
