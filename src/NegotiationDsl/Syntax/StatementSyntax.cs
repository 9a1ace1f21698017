using System.Collections.Generic;

namespace NegotiationDsl.Syntax;

/// <summary>A statement inside <c>&lt; ... &gt;</c> or at the top level: something an actor did or an outcome.</summary>
public abstract class StatementSyntax : MemberSyntax
{
    private protected StatementSyntax(NodeChildren children)
        : base(children)
    {
    }

    public abstract LabelSyntax? Label { get; }
    public abstract SyntaxList<ClauseSyntax> Clauses { get; }
}
