namespace NegotiationDsl.Syntax;

/// <summary>The verb and its object: <c>commits "x"</c>, <c>calls talks "unsuccessful"</c>, <c>expects no "breakthroughs"</c>, <c>rejects demand_a, demand_b</c>, <c>says West rejects ...</c>.</summary>
public sealed class PredicateSyntax : SyntaxNode
{
    internal PredicateSyntax(SyntaxKind kind, SyntaxToken verb, SyntaxToken? noKeyword, ExpressionSyntax? target, SyntaxNode content)
        : base(NodeChildren.Of(verb, noKeyword, target, content))
    {
        Kind = kind;
        Verb = verb;
        NoKeyword = noKeyword;
        Target = target;
        Content = content;
    }

    public override SyntaxKind Kind { get; }
    public SyntaxToken Verb { get; }
    public SyntaxToken? NoKeyword { get; }
    public ExpressionSyntax? Target { get; }
    public SyntaxNode Content { get; }
}
