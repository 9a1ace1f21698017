namespace NegotiationDsl.Syntax;

/// <summary><c>office "Secretary of State" of USA from 2021-01-26 until 2025-01-20</c></summary>
public sealed class OfficeClauseSyntax : ClauseSyntax
{
    internal OfficeClauseSyntax(SyntaxToken officeKeyword, StringLiteralSyntax title, SyntaxList<ClauseSyntax> clauses)
        : base(NodeChildren.Of(officeKeyword, title, null, null, clauses.Items, null))
    {
        OfficeKeyword = officeKeyword;
        Title = title;
        Clauses = clauses;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new OfficeClauseSyntax(map.Of(OfficeKeyword)!, map.Of(Title)!, map.Of(Clauses));

    public override SyntaxKind Kind => SyntaxKind.OfficeClause;
    public SyntaxToken OfficeKeyword { get; }
    public StringLiteralSyntax Title { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
}
