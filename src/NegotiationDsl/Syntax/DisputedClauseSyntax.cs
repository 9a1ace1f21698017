namespace NegotiationDsl.Syntax;

/// <summary><c>disputed by "TASS"</c>: a source that denies or contradicts the statement.</summary>
public sealed class DisputedClauseSyntax : ClauseSyntax
{
    internal DisputedClauseSyntax(SyntaxToken disputedKeyword, SyntaxToken byKeyword, StringLiteralSyntax source)
        : base(NodeChildren.Of(disputedKeyword, byKeyword, source))
    {
        DisputedKeyword = disputedKeyword;
        ByKeyword = byKeyword;
        Source = source;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new DisputedClauseSyntax(map.Of(DisputedKeyword)!, map.Of(ByKeyword)!, map.Of(Source)!);

    public override SyntaxKind Kind => SyntaxKind.DisputedClause;
    public SyntaxToken DisputedKeyword { get; }
    public SyntaxToken ByKeyword { get; }
    public StringLiteralSyntax Source { get; }
}
