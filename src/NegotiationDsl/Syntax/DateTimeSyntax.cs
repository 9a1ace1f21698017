namespace NegotiationDsl.Syntax;

/// <summary>A time of day on a day: <c>2015-02-15 at 00:00 Europe/Kyiv</c>. As a date it is its day.</summary>
public sealed class DateTimeSyntax : DateSyntax
{
    internal DateTimeSyntax(DateSyntax date, SyntaxToken atKeyword, TimeLiteralSyntax time)
        : base(NodeChildren.Of(date, atKeyword, time))
    {
        Date = date;
        AtKeyword = atKeyword;
        Time = time;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DateTimeSyntax(map.Of(Date)!, map.Of(AtKeyword)!, map.Of(Time)!);

    public override SyntaxKind Kind => SyntaxKind.DateTime;
    public DateSyntax Date { get; }
    public SyntaxToken AtKeyword { get; }
    public TimeLiteralSyntax Time { get; }
}
