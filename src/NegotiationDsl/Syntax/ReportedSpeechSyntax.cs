namespace NegotiationDsl.Syntax;

/// <summary>The statement inside reported speech: <c>West rejects nato_expansion</c> in <c>Ryabkov says West rejects nato_expansion;</c>.</summary>
public sealed class ReportedSpeechSyntax : SyntaxNode
{
    internal ReportedSpeechSyntax(NameListSyntax actors, PredicateSyntax predicate)
        : base(NodeChildren.Of(actors, predicate))
    {
        Actors = actors;
        Predicate = predicate;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new ReportedSpeechSyntax(map.Of(Actors)!, map.Of(Predicate)!);

    public override SyntaxKind Kind => SyntaxKind.ReportedSpeech;
    public NameListSyntax Actors { get; }
    public PredicateSyntax Predicate { get; }
}
