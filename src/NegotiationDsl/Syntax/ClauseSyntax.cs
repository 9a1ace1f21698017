using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>A part of a declaration or statement introduced by a keyword: <c>by next_week</c>, <c>office "..."</c>.</summary>
public abstract class ClauseSyntax : SyntaxNode
{
    private protected ClauseSyntax(NodeChildren children)
        : base(children)
    {
    }
}
