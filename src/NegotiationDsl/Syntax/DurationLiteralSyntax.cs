namespace NegotiationDsl.Syntax;

/// <summary>An exact duration: <c>1.5h</c>, <c>90min</c>, <c>2d</c>, <c>1w</c>, <c>1h30min</c>.</summary>
public sealed class DurationLiteralSyntax : ExpressionSyntax
{
    internal DurationLiteralSyntax(SyntaxToken token)
        : base(NodeChildren.Of(token))
    {
        Token = token;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DurationLiteralSyntax(map.Of(Token)!);

    public override SyntaxKind Kind => SyntaxKind.DurationLiteral;
    public SyntaxToken Token { get; }
}
