namespace NegotiationDsl.Syntax;

/// <summary>A date word resolved against an anchor: <c>today</c>, <c>next_week</c>, <c>coming_days</c>, ...</summary>
public sealed class RelativeDateSyntax : DateSyntax
{
    internal RelativeDateSyntax(SyntaxToken keyword)
        : base(NodeChildren.Of(keyword))
    {
        Keyword = keyword;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new RelativeDateSyntax(map.Of(Keyword)!);

    public override SyntaxKind Kind => SyntaxKind.RelativeDate;
    public SyntaxToken Keyword { get; }
}
