namespace NegotiationDsl.Syntax;

/// <summary>A reference to a declared name: an actor, a place or a labelled statement.</summary>
public sealed class NameSyntax : ExpressionSyntax
{
    internal NameSyntax(SyntaxToken identifier)
        : base(NodeChildren.Of(identifier))
    {
        Identifier = identifier;
    }

    public override SyntaxKind Kind => SyntaxKind.Name;
    public SyntaxToken Identifier { get; }
}
