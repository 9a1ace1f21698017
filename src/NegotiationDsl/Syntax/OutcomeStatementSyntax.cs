namespace NegotiationDsl.Syntax;

/// <summary><c>outcome no "specific agreements";</c>: what a meeting or round of talks produced.</summary>
public sealed class OutcomeStatementSyntax : StatementSyntax
{
    internal OutcomeStatementSyntax(LabelSyntax? label, SyntaxToken outcomeKeyword, SyntaxToken? noKeyword, StringLiteralSyntax description, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(label, outcomeKeyword, noKeyword, description, clauses.Items, semicolonToken))
    {
        Label = label;
        OutcomeKeyword = outcomeKeyword;
        NoKeyword = noKeyword;
        Description = description;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new OutcomeStatementSyntax(map.Of(Label), map.Of(OutcomeKeyword)!, map.Of(NoKeyword), map.Of(Description)!, map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.OutcomeStatement;
    public override LabelSyntax? Label { get; }
    public SyntaxToken OutcomeKeyword { get; }
    public SyntaxToken? NoKeyword { get; }
    public StringLiteralSyntax Description { get; }
    public override SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
