namespace NegotiationDsl.Syntax;

/// <summary><c>policy coming_days within 7 days;</c>: what a fuzzy date word means in these records.</summary>
public sealed class PolicyDeclarationSyntax : MemberSyntax
{
    internal PolicyDeclarationSyntax(SyntaxToken policyKeyword, SyntaxToken fuzzyKeyword, DateSyntax value, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(policyKeyword, fuzzyKeyword, value, semicolonToken))
    {
        PolicyKeyword = policyKeyword;
        FuzzyKeyword = fuzzyKeyword;
        Value = value;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new PolicyDeclarationSyntax(map.Of(PolicyKeyword)!, map.Of(FuzzyKeyword)!, map.Of(Value)!, map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.PolicyDeclaration;
    public SyntaxToken PolicyKeyword { get; }
    public SyntaxToken FuzzyKeyword { get; }
    public DateSyntax Value { get; }
    public SyntaxToken SemicolonToken { get; }
}
