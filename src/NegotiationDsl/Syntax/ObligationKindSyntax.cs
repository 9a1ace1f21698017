namespace NegotiationDsl.Syntax;

/// <summary>The words after <c>commits</c> that make it a maintenance obligation (<c>to keep</c>) or a prohibition (<c>not to</c>).</summary>
public sealed class ObligationKindSyntax : SyntaxNode
{
    internal ObligationKindSyntax(SyntaxToken first, SyntaxToken second)
        : base(NodeChildren.Of(first, second))
    {
        First = first;
        Second = second;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new ObligationKindSyntax(map.Of(First)!, map.Of(Second)!);

    public override SyntaxKind Kind => SyntaxKind.ObligationKind;
    public SyntaxToken First { get; }
    public SyntaxToken Second { get; }

    /// <summary><c>not to</c> is a prohibition; <c>to keep</c> (or what recovery left of it) a maintenance obligation.</summary>
    public ObligationKind Obligation => First.Kind == SyntaxKind.NotKeyword ? ObligationKind.Prohibition : ObligationKind.Maintenance;
}
