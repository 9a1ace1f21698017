namespace NegotiationDsl.Syntax;

/// <summary>
/// A number with its unit: <c>about 5000 prisoners</c>, <c>at least 50 km</c>, <c>USD 1.5 billion</c>. The currency
/// before the number and the scale word and unit after it are names; the binder reads them against one table.
/// </summary>
public sealed class QuantitySyntax : ExpressionSyntax
{
    internal QuantitySyntax(ApproximationSyntax? approximation, SyntaxToken? currency, SyntaxToken number, SyntaxToken? firstWord, SyntaxToken? secondWord)
        : base(NodeChildren.Of<SyntaxToken>(approximation, currency, number, firstWord, default, secondWord))
    {
        Approximation = approximation;
        Currency = currency;
        Number = number;
        FirstWord = firstWord;
        SecondWord = secondWord;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new QuantitySyntax(map.Of(Approximation), map.Of(Currency), map.Of(Number)!, map.Of(FirstWord), map.Of(SecondWord));

    public override SyntaxKind Kind => SyntaxKind.Quantity;
    public ApproximationSyntax? Approximation { get; }

    /// <summary>An ISO 4217 code before the number (<c>USD</c>).</summary>
    public SyntaxToken? Currency { get; }
    public SyntaxToken Number { get; }

    /// <summary>The first word after the number: a scale word (<c>billion</c>) or the unit.</summary>
    public SyntaxToken? FirstWord { get; }

    /// <summary>The unit after a scale word (<c>1.5 million people</c>).</summary>
    public SyntaxToken? SecondWord { get; }
}
