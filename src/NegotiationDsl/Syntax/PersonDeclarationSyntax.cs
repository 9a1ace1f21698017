namespace NegotiationDsl.Syntax;

/// <summary><c>person Lavrov "Sergei Lavrov" office "Foreign Minister" of Russia from 2004-03-09;</c></summary>
public sealed class PersonDeclarationSyntax : MemberSyntax
{
    internal PersonDeclarationSyntax(SyntaxToken personKeyword, SyntaxToken identifier, StringLiteralSyntax? fullName, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(personKeyword, identifier, fullName, null, clauses.Items, semicolonToken))
    {
        PersonKeyword = personKeyword;
        Identifier = identifier;
        FullName = fullName;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new PersonDeclarationSyntax(map.Of(PersonKeyword)!, map.Of(Identifier)!, map.Of(FullName), map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.PersonDeclaration;
    public SyntaxToken PersonKeyword { get; }
    public SyntaxToken Identifier { get; }
    public StringLiteralSyntax? FullName { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
