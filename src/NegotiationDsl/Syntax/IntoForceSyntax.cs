namespace NegotiationDsl.Syntax;

/// <summary>The words after <c>enters</c>: <c>new_start enters into force</c>.</summary>
public sealed class IntoForceSyntax : ExpressionSyntax
{
    internal IntoForceSyntax(SyntaxToken intoKeyword, SyntaxToken forceKeyword)
        : base(NodeChildren.Of(intoKeyword, forceKeyword))
    {
        IntoKeyword = intoKeyword;
        ForceKeyword = forceKeyword;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new IntoForceSyntax(map.Of(IntoKeyword)!, map.Of(ForceKeyword)!);

    public override SyntaxKind Kind => SyntaxKind.IntoForce;
    public SyntaxToken IntoKeyword { get; }
    public SyntaxToken ForceKeyword { get; }
}
