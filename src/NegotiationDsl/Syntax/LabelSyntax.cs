namespace NegotiationDsl.Syntax;

/// <summary><c>written_response:</c>, the id by which later statements refer to this one.</summary>
public sealed class LabelSyntax : SyntaxNode
{
    internal LabelSyntax(SyntaxToken identifier, SyntaxToken colonToken)
        : base(NodeChildren.Of(identifier, colonToken))
    {
        Identifier = identifier;
        ColonToken = colonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new LabelSyntax(map.Of(Identifier)!, map.Of(ColonToken)!);

    public override SyntaxKind Kind => SyntaxKind.Label;
    public SyntaxToken Identifier { get; }
    public SyntaxToken ColonToken { get; }
}
