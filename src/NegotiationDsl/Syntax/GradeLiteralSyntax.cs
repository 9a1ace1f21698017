namespace NegotiationDsl.Syntax;

/// <summary>A grade of the NATO (Admiralty) scheme after <c>graded</c>: <c>B2</c>. Written as a name; the binder checks it.</summary>
public sealed class GradeLiteralSyntax : ExpressionSyntax
{
    internal GradeLiteralSyntax(SyntaxToken token)
        : base(NodeChildren.Of(token))
    {
        Token = token;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new GradeLiteralSyntax(map.Of(Token)!);

    public override SyntaxKind Kind => SyntaxKind.GradeLiteral;
    public SyntaxToken Token { get; }
}
