namespace NegotiationDsl.Syntax;

/// <summary>How a quantity or a duration is bounded: <c>about</c>, <c>at least</c>, <c>at most</c>. The word after <c>at</c> is a name the binder checks.</summary>
public sealed class ApproximationSyntax : SyntaxNode
{
    internal ApproximationSyntax(SyntaxToken keyword, SyntaxToken? word)
        : base(NodeChildren.Of(keyword, word))
    {
        Keyword = keyword;
        Word = word;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new ApproximationSyntax(map.Of(Keyword)!, map.Of(Word));

    public override SyntaxKind Kind => SyntaxKind.Approximation;

    /// <summary><c>about</c> or <c>at</c>.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary><c>least</c> or <c>most</c> after <c>at</c>; null after <c>about</c>.</summary>
    public SyntaxToken? Word { get; }
}
