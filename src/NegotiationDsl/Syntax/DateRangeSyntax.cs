namespace NegotiationDsl.Syntax;

/// <summary><c>2022-01-10..2022-01-13</c>: both ends included.</summary>
public sealed class DateRangeSyntax : DateSyntax
{
    internal DateRangeSyntax(DateSyntax start, SyntaxToken dotDotToken, DateSyntax end)
        : base(NodeChildren.Of(start, dotDotToken, end))
    {
        Start = start;
        DotDotToken = dotDotToken;
        End = end;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DateRangeSyntax(map.Of(Start)!, map.Of(DotDotToken)!, map.Of(End)!);

    public override SyntaxKind Kind => SyntaxKind.DateRange;
    public DateSyntax Start { get; }
    public SyntaxToken DotDotToken { get; }
    public DateSyntax End { get; }
}
