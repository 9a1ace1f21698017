namespace NegotiationDsl.Syntax;

/// <summary>A reference to a declared name: an actor, a place or a labelled statement.</summary>
public sealed class NameSyntax : ExpressionSyntax
{
    internal NameSyntax(SyntaxToken identifier)
        : base(NodeChildren.Of(identifier))
    {
        Identifier = identifier;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new NameSyntax(map.Of(Identifier)!);

    public override SyntaxKind Kind => SyntaxKind.Name;
    public SyntaxToken Identifier { get; }

    /// <summary>The alias before the dot of a qualified name (<c>geneva</c> in <c>geneva.written_response</c>), or null.</summary>
    public string? Qualifier => QualifiedName.QualifierOf(Identifier.Text);

    /// <summary>The declared name this refers to: the whole text, or the part after the dot of a qualified name.</summary>
    public string SimpleName => QualifiedName.SimpleNameOf(Identifier.Text);
}
