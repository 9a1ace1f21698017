namespace NegotiationDsl.Syntax;

/// <summary>A time of day, in a time zone when one is written: <c>13:00</c>, <c>00:00 Europe/Kyiv</c>, <c>09:00 UTC</c>.</summary>
public sealed class TimeLiteralSyntax : ExpressionSyntax
{
    internal TimeLiteralSyntax(SyntaxToken token, SyntaxToken? zone = null)
        : base(NodeChildren.Of(token, zone))
    {
        Token = token;
        Zone = zone;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new TimeLiteralSyntax(map.Of(Token)!, map.Of(Zone));

    public override SyntaxKind Kind => SyntaxKind.TimeLiteral;
    public SyntaxToken Token { get; }

    /// <summary>The zone id (<c>Europe/Kyiv</c>, a <see cref="SyntaxKind.TimeZoneToken"/>, or <c>UTC</c>, an identifier); null when none is written.</summary>
    public SyntaxToken? Zone { get; }
}
