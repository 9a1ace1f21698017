using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>Something that can stand at the top of a file or inside a block: a declaration or a statement.</summary>
public abstract class MemberSyntax : SyntaxNode
{
    private protected MemberSyntax(NodeChildren children)
        : base(children)
    {
    }
}
