using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>Something that can stand at the top of a file or inside a block: a declaration or a statement.</summary>
/// <remarks>
/// A member keeps its first token: binding makes a symbol of most members and asks for its span and location, and
/// each walk down to the first token reached into children that are read nowhere else at that point. The walk is made
/// once, while the children are just built.
/// </remarks>
public abstract class MemberSyntax : SyntaxNode
{
    private readonly SyntaxToken _firstToken;

    private protected MemberSyntax(NodeChildren children)
        : base(children)
    {
        _firstToken = base.FirstToken;
    }

    public sealed override SyntaxToken FirstToken => _firstToken;
}
