namespace NegotiationDsl.Syntax;

/// <summary><c>talks "Security guarantees" 2022-01-10..2022-01-13 &lt; meetings and statements &gt;</c>: a round of talks.</summary>
public sealed class TalksDeclarationSyntax : MemberSyntax
{
    internal TalksDeclarationSyntax(LabelSyntax? label, SyntaxToken talksKeyword, StringLiteralSyntax? title, SyntaxList<ClauseSyntax> clauses, BlockSyntax body)
        : base(NodeChildren.Of(label, talksKeyword, title, null, clauses.Items, body))
    {
        Label = label;
        TalksKeyword = talksKeyword;
        Title = title;
        Clauses = clauses;
        Body = body;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new TalksDeclarationSyntax(map.Of(Label), map.Of(TalksKeyword)!, map.Of(Title), map.Of(Clauses), map.Of(Body)!);

    public override SyntaxKind Kind => SyntaxKind.TalksDeclaration;
    public LabelSyntax? Label { get; }
    public SyntaxToken TalksKeyword { get; }
    public StringLiteralSyntax? Title { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public BlockSyntax Body { get; }
}
