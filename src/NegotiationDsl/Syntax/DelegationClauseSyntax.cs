using System.Collections.Immutable;

namespace NegotiationDsl.Syntax;

/// <summary><c>delegation USA Sherman, Karpovich, Wilson led by Sherman</c>: who was in a party's delegation at a meeting or round of talks, and who led it.</summary>
public sealed class DelegationClauseSyntax : ClauseSyntax
{
    internal DelegationClauseSyntax(SyntaxToken delegationKeyword, NameSyntax party, NameListSyntax? members, SyntaxToken? ledKeyword, SyntaxToken? byKeyword, NameSyntax? lead)
        : base(NodeChildren.Of(delegationKeyword, party, members, ledKeyword, byKeyword is null ? default : ImmutableArray.Create<SyntaxElement>(byKeyword), lead))
    {
        DelegationKeyword = delegationKeyword;
        Party = party;
        Members = members;
        LedKeyword = ledKeyword;
        ByKeyword = byKeyword;
        Lead = lead;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DelegationClauseSyntax(map.Of(DelegationKeyword)!, map.Of(Party)!, map.Of(Members), map.Of(LedKeyword), map.Of(ByKeyword), map.Of(Lead));

    public override SyntaxKind Kind => SyntaxKind.DelegationClause;
    public SyntaxToken DelegationKeyword { get; }

    /// <summary>The party or organisation the delegation was for.</summary>
    public NameSyntax Party { get; }

    /// <summary>The members as listed, or null when only the lead is named.</summary>
    public NameListSyntax? Members { get; }
    public SyntaxToken? LedKeyword { get; }
    public SyntaxToken? ByKeyword { get; }

    /// <summary>Who led the delegation (<c>led by Sherman</c>), or null.</summary>
    public NameSyntax? Lead { get; }
}
