using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>Something that can stand at the top of a file or inside a block: a declaration or a statement.</summary>
public abstract class MemberSyntax : SyntaxNode
{
    private protected MemberSyntax(System.Collections.Immutable.ImmutableArray<SyntaxElement> children)
        : base(children)
    {
    }

    private protected MemberSyntax(params SyntaxElement?[] children)
        : base(children)
    {
    }
}
