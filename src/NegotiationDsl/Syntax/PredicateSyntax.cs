using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax;

/// <summary>The verb and its object: <c>commits "x"</c>, <c>calls talks "unsuccessful"</c>, <c>expects no "breakthroughs"</c>, <c>rejects demand_a, demand_b</c>, <c>says West rejects ...</c>.</summary>
public sealed class PredicateSyntax : SyntaxNode
{
    internal PredicateSyntax(Verb verb, SyntaxToken verbKeyword, SyntaxToken? noKeyword, ExpressionSyntax? target, SyntaxNode content)
        : base(NodeChildren.Of(verbKeyword, noKeyword, target, content))
    {
        Verb = verb;
        VerbKeyword = verbKeyword;
        NoKeyword = noKeyword;
        Target = target;
        Content = content;
    }

    public override SyntaxKind Kind => SyntaxKind.Predicate;

    /// <summary>What the statement is, from the verb table: <c>says</c> with actors is reported speech.</summary>
    public Verb Verb { get; }

    public SyntaxToken VerbKeyword { get; }
    public SyntaxToken? NoKeyword { get; }
    public ExpressionSyntax? Target { get; }
    public SyntaxNode Content { get; }
}
