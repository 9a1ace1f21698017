using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>A value: a name, a string, a date, a time or a duration.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(NodeChildren children)
        : base(children)
    {
    }
}
