namespace NegotiationDsl.Syntax;

/// <summary>
/// <c>adoption_day: milestone "Adoption Day" after endorsement in 90 days;</c>: a day that is nobody's obligation,
/// which later statements record as having happened or not (<c>adoption_day happens on 2015-10-18;</c>).
/// </summary>
public sealed class MilestoneStatementSyntax : StatementSyntax
{
    internal MilestoneStatementSyntax(LabelSyntax? label, SyntaxToken milestoneKeyword, StringLiteralSyntax title, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(label, milestoneKeyword, null, title, clauses.Items, semicolonToken))
    {
        Label = label;
        MilestoneKeyword = milestoneKeyword;
        Title = title;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new MilestoneStatementSyntax(map.Of(Label), map.Of(MilestoneKeyword)!, map.Of(Title)!, map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.MilestoneStatement;
    public override LabelSyntax? Label { get; }
    public SyntaxToken MilestoneKeyword { get; }
    public StringLiteralSyntax Title { get; }
    public override SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
