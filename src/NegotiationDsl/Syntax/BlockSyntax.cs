namespace NegotiationDsl.Syntax;

/// <summary><c>&lt; members &gt;</c>: the body of a meeting or a round of talks.</summary>
public sealed class BlockSyntax : SyntaxNode
{
    internal BlockSyntax(SyntaxToken lessThanToken, SyntaxList<MemberSyntax> members, SyntaxToken greaterThanToken)
        : base(NodeChildren.Of(lessThanToken, null, null, null, members.Items, greaterThanToken))
    {
        LessThanToken = lessThanToken;
        Members = members;
        GreaterThanToken = greaterThanToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new BlockSyntax(map.Of(LessThanToken)!, map.Of(Members), map.Of(GreaterThanToken)!);

    public override SyntaxKind Kind => SyntaxKind.Block;
    public SyntaxToken LessThanToken { get; }
    public SyntaxList<MemberSyntax> Members { get; }
    public SyntaxToken GreaterThanToken { get; }
}
