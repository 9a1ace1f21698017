namespace NegotiationDsl.Syntax;

/// <summary><c>party Russia state "Russian Federation" code "RUS";</c>: a state, alliance, organisation, bloc or body.</summary>
public sealed class PartyDeclarationSyntax : MemberSyntax
{
    internal PartyDeclarationSyntax(SyntaxToken partyKeyword, SyntaxToken identifier, SyntaxToken? kindKeyword, StringLiteralSyntax? displayName, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(partyKeyword, identifier, kindKeyword, displayName, clauses.Items, semicolonToken))
    {
        PartyKeyword = partyKeyword;
        Identifier = identifier;
        KindKeyword = kindKeyword;
        DisplayName = displayName;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new PartyDeclarationSyntax(map.Of(PartyKeyword)!, map.Of(Identifier)!, map.Of(KindKeyword), map.Of(DisplayName), map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.PartyDeclaration;
    public SyntaxToken PartyKeyword { get; }
    public SyntaxToken Identifier { get; }
    public SyntaxToken? KindKeyword { get; }
    public StringLiteralSyntax? DisplayName { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
