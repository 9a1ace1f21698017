namespace NegotiationDsl.Syntax;

/// <summary>
/// <c>new_start: agreement "Treaty on ..." kind treaty stage comprehensive term 10 years;</c>: a document as a thing,
/// which later statements sign, bring into force, extend or terminate.
/// </summary>
public sealed class AgreementDeclarationSyntax : MemberSyntax
{
    internal AgreementDeclarationSyntax(LabelSyntax? label, SyntaxToken agreementKeyword, StringLiteralSyntax? title, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(label, agreementKeyword, title, null, clauses.Items, semicolonToken))
    {
        Label = label;
        AgreementKeyword = agreementKeyword;
        Title = title;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new AgreementDeclarationSyntax(map.Of(Label), map.Of(AgreementKeyword)!, map.Of(Title), map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.AgreementDeclaration;
    public LabelSyntax? Label { get; }
    public SyntaxToken AgreementKeyword { get; }
    public StringLiteralSyntax? Title { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
