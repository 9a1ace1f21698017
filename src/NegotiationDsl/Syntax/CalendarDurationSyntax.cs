namespace NegotiationDsl.Syntax;

/// <summary>A length in calendar units: an agreement's <c>term 10 years</c>, an extension <c>for 120 days</c>.</summary>
public sealed class CalendarDurationSyntax : ExpressionSyntax
{
    internal CalendarDurationSyntax(SyntaxToken numberToken, SyntaxToken unitKeyword)
        : base(NodeChildren.Of(numberToken, unitKeyword))
    {
        NumberToken = numberToken;
        UnitKeyword = unitKeyword;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new CalendarDurationSyntax(map.Of(NumberToken)!, map.Of(UnitKeyword)!);

    public override SyntaxKind Kind => SyntaxKind.CalendarDuration;
    public SyntaxToken NumberToken { get; }
    public SyntaxToken UnitKeyword { get; }
}
