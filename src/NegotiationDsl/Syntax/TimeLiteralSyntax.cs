namespace NegotiationDsl.Syntax;

/// <summary>A local time of day: <c>13:00</c>.</summary>
public sealed class TimeLiteralSyntax : ExpressionSyntax
{
    internal TimeLiteralSyntax(SyntaxToken token)
        : base(NodeChildren.Of(token))
    {
        Token = token;
    }

    public override SyntaxKind Kind => SyntaxKind.TimeLiteral;
    public SyntaxToken Token { get; }
}
