using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A person: full name, affiliation and offices.</summary>
public sealed class Person : Actor
{
    public Person(string id, string name, IReadOnlyList<string> aliases, string? code, Party? affiliation, IReadOnlyList<Office> offices)
        : base(id, name, aliases, code)
    {
        Affiliation = affiliation;
        Offices = offices;
    }

    public Party? Affiliation { get; }
    public IReadOnlyList<Office> Offices { get; }

    /// <summary>The first declared office, or null.</summary>
    public Office? Office => Offices.Count == 0 ? null : Offices[0];
}
