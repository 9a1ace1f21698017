namespace NegotiationDsl.Syntax;

/// <summary>An absolute date: a day <c>2022-01-21</c>, an ISO week <c>2022-W03</c>, a month <c>2022-01</c> or a year <c>2022</c>.</summary>
public sealed class DateLiteralSyntax : DateSyntax
{
    internal DateLiteralSyntax(SyntaxToken token)
        : base(NodeChildren.Of(token))
    {
        Token = token;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DateLiteralSyntax(map.Of(Token)!);

    public override SyntaxKind Kind => SyntaxKind.DateLiteral;
    public SyntaxToken Token { get; }
}
