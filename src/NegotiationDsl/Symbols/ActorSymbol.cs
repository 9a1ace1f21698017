using System.Collections.Immutable;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Symbols;

/// <summary>A party or a person: who can meet, speak, commit and demand.</summary>
public abstract class ActorSymbol : Symbol
{
    private protected ActorSymbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken identifier)
        : base(name, tree, declaration, identifier)
    {
    }

    /// <summary>The name to show: the display name or full name when declared, else the identifier.</summary>
    public abstract string DisplayName { get; }

    public ImmutableArray<string> Aliases { get; internal set; } = ImmutableArray<string>.Empty;

    /// <summary>The CAMEO-style actor code (<c>USA</c>, <c>RUSGOV</c>, <c>IGOWSTNAT</c>) when declared.</summary>
    public string? Code { get; internal set; }
}
