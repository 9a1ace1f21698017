namespace NegotiationDsl.Syntax;

/// <summary>A meeting's duration with a bound: <c>about 8h</c>, <c>at least 16h</c>.</summary>
public sealed class ApproximateDurationSyntax : ExpressionSyntax
{
    internal ApproximateDurationSyntax(ApproximationSyntax approximation, DurationLiteralSyntax duration)
        : base(NodeChildren.Of(approximation, duration))
    {
        Approximation = approximation;
        Duration = duration;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new ApproximateDurationSyntax(map.Of(Approximation)!, map.Of(Duration)!);

    public override SyntaxKind Kind => SyntaxKind.ApproximateDuration;
    public ApproximationSyntax Approximation { get; }
    public DurationLiteralSyntax Duration { get; }
}
