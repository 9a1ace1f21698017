namespace NegotiationDsl.Syntax;

/// <summary><c>Blinken commits "written response" to Russia by next_week;</c>: an actor (or several) and what they did.</summary>
public sealed class ActorStatementSyntax : StatementSyntax
{
    internal ActorStatementSyntax(LabelSyntax? label, NameListSyntax actors, PredicateSyntax predicate, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(label, actors, predicate, null, clauses.Items, semicolonToken))
    {
        Label = label;
        Actors = actors;
        Predicate = predicate;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new ActorStatementSyntax(map.Of(Label), map.Of(Actors)!, map.Of(Predicate)!, map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.ActorStatement;
    public override LabelSyntax? Label { get; }
    public NameListSyntax Actors { get; }
    public PredicateSyntax Predicate { get; }
    public override SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
