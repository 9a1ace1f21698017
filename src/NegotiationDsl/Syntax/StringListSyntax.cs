namespace NegotiationDsl.Syntax;

/// <summary>Strings separated by ',': <c>aka "Moscow", "the Kremlin"</c>.</summary>
public sealed class StringListSyntax : ExpressionSyntax
{
    internal StringListSyntax(SeparatedSyntaxList<StringLiteralSyntax> strings)
        : base(NodeChildren.Of(strings.ElementsWithSeparators))
    {
        Strings = strings;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new StringListSyntax(map.Of(Strings));

    public override SyntaxKind Kind => SyntaxKind.StringList;
    public SeparatedSyntaxList<StringLiteralSyntax> Strings { get; }
}
