namespace NegotiationDsl.Syntax;

/// <summary><c>amount at least 50 km "for artillery of 100 mm calibre"</c>: a quantity the statement states, and optionally what it measures.</summary>
public sealed class AmountClauseSyntax : ClauseSyntax
{
    internal AmountClauseSyntax(SyntaxToken amountKeyword, QuantitySyntax quantity, StringLiteralSyntax? subject)
        : base(NodeChildren.Of(amountKeyword, quantity, subject))
    {
        AmountKeyword = amountKeyword;
        Quantity = quantity;
        Subject = subject;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new AmountClauseSyntax(map.Of(AmountKeyword)!, map.Of(Quantity)!, map.Of(Subject));

    public override SyntaxKind Kind => SyntaxKind.AmountClause;
    public SyntaxToken AmountKeyword { get; }
    public QuantitySyntax Quantity { get; }

    /// <summary>What the quantity measures, when the statement's text does not say it alone.</summary>
    public StringLiteralSyntax? Subject { get; }
}
