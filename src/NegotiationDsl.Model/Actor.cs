using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>A party or a person of a record.</summary>
public abstract class Actor
{
    private protected Actor(string id, string name, IReadOnlyList<string> aliases, string? code)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Code = code;
    }

    /// <summary>The name the record declares (<c>Blinken</c>).</summary>
    public string Id { get; }

    /// <summary>The display or full name (<c>Antony Blinken</c>), else the id.</summary>
    public string Name { get; }
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The CAMEO-style actor code, when declared.</summary>
    public string? Code { get; }

    public override string ToString() => Name;
}
