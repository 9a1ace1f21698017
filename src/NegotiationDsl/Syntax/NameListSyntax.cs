namespace NegotiationDsl.Syntax;

/// <summary>Names separated by ',' or 'and': <c>Blinken and Lavrov</c>.</summary>
public sealed class NameListSyntax : ExpressionSyntax
{
    internal NameListSyntax(SeparatedSyntaxList<NameSyntax> names)
        : base(NodeChildren.Of(names.ElementsWithSeparators))
    {
        Names = names;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new NameListSyntax(map.Of(Names));

    public override SyntaxKind Kind => SyntaxKind.NameList;
    public SeparatedSyntaxList<NameSyntax> Names { get; }
}
