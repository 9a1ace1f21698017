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

    /// <summary>
    /// A list of just this actor, shared by every statement this actor alone makes or receives: most do,
    /// and an array for each was a sizeable share of what a compilation keeps.
    /// </summary>
    internal ImmutableArray<ActorSymbol> AsList
    {
        get
        {
            // Binding workers may race here; the loser's array is an identical copy that nothing keeps.
            if (_asList.IsDefault) _asList = ImmutableArray.Create(this);
            return _asList;
        }
    }

    private ImmutableArray<ActorSymbol> _asList;

    // The original's list holds the original; the copy makes its own on first use.
    private protected override void ForgetCaches()
    {
        base.ForgetCaches();
        _asList = default;
    }
}
