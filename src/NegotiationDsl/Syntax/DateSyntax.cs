using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>A date expression: absolute, relative, an offset or a range.</summary>
public abstract class DateSyntax : ExpressionSyntax
{
    private protected DateSyntax(NodeChildren children)
        : base(children)
    {
    }
}
