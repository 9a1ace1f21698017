namespace NegotiationDsl.Syntax;

/// <summary><c>in 3 days</c>, <c>within 2 weeks</c> or <c>3 days ago</c>.</summary>
public sealed class OffsetDateSyntax : DateSyntax
{
    internal OffsetDateSyntax(SyntaxToken? keyword, SyntaxToken numberToken, SyntaxToken unitKeyword, SyntaxToken? agoKeyword)
        : base(NodeChildren.Of(keyword, numberToken, unitKeyword, agoKeyword))
    {
        Keyword = keyword;
        NumberToken = numberToken;
        UnitKeyword = unitKeyword;
        AgoKeyword = agoKeyword;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new OffsetDateSyntax(map.Of(Keyword), map.Of(NumberToken)!, map.Of(UnitKeyword)!, map.Of(AgoKeyword));

    public override SyntaxKind Kind => SyntaxKind.OffsetDate;
    public SyntaxToken? Keyword { get; }
    public SyntaxToken NumberToken { get; }
    public SyntaxToken UnitKeyword { get; }
    public SyntaxToken? AgoKeyword { get; }
}
