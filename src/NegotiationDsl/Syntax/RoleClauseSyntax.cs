namespace NegotiationDsl.Syntax;

/// <summary><c>role chair Cassis</c>, <c>role host Switzerland</c>: who held a role at a meeting or round of talks.</summary>
public sealed class RoleClauseSyntax : ClauseSyntax
{
    internal RoleClauseSyntax(SyntaxToken roleKeyword, SyntaxToken name, NameListSyntax actors)
        : base(NodeChildren.Of(roleKeyword, name, actors))
    {
        RoleKeyword = roleKeyword;
        Name = name;
        Actors = actors;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new RoleClauseSyntax(map.Of(RoleKeyword)!, map.Of(Name)!, map.Of(Actors)!);

    public override SyntaxKind Kind => SyntaxKind.RoleClause;
    public SyntaxToken RoleKeyword { get; }

    /// <summary>The role's name, an identifier the binder looks up in the role table.</summary>
    public SyntaxToken Name { get; }
    public NameListSyntax Actors { get; }
}
