namespace NegotiationDsl.Syntax;

/// <summary>A keyword and its value (<c>by next_week</c>, <c>to Russia</c>, <c>quote "..."</c>); a bare date or duration of a meeting has no keyword.</summary>
public sealed class KeywordClauseSyntax : ClauseSyntax
{
    internal KeywordClauseSyntax(SyntaxKind kind, SyntaxToken? keyword, ExpressionSyntax value)
        : base(NodeChildren.Of(keyword, value))
    {
        Kind = kind;
        Keyword = keyword;
        Value = value;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new KeywordClauseSyntax(Kind, map.Of(Keyword), map.Of(Value)!);

    public override SyntaxKind Kind { get; }
    public SyntaxToken? Keyword { get; }
    public ExpressionSyntax Value { get; }
}
