using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax;

/// <summary>The verb and its object: <c>commits "x"</c>, <c>commits not to "x"</c>, <c>calls talks "unsuccessful"</c>, <c>expects no "breakthroughs"</c>, <c>rejects demand_a, demand_b</c>, <c>says West rejects ...</c>.</summary>
public sealed class PredicateSyntax : SyntaxNode
{
    internal PredicateSyntax(Verb verb, SyntaxToken verbKeyword, SyntaxToken? noKeyword, ExpressionSyntax? target, SyntaxNode? content, ObligationKindSyntax? obligation = null)
        : base(NodeChildren.Of<SyntaxElement>(verbKeyword, obligation, noKeyword, target, default, content))
    {
        Verb = verb;
        VerbKeyword = verbKeyword;
        Obligation = obligation;
        NoKeyword = noKeyword;
        Target = target;
        Content = content;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new PredicateSyntax(Verb, map.Of(VerbKeyword)!, map.Of(NoKeyword), map.Of(Target), map.Of(Content), map.Of(Obligation));

    public override SyntaxKind Kind => SyntaxKind.Predicate;

    /// <summary>What the statement is, from the verb table: <c>says</c> with actors is reported speech.</summary>
    public Verb Verb { get; }

    public SyntaxToken VerbKeyword { get; }

    /// <summary><c>to keep</c> or <c>not to</c> after <c>commits</c>; null for an achievement and for every other verb.</summary>
    public ObligationKindSyntax? Obligation { get; }
    public SyntaxToken? NoKeyword { get; }
    public ExpressionSyntax? Target { get; }
    /// <summary>What follows the verb; null for a verb that takes nothing (<c>adoption_day happens</c>).</summary>
    public SyntaxNode? Content { get; }
}
