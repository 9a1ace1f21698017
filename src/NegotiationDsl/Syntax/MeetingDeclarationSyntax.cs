namespace NegotiationDsl.Syntax;

/// <summary><c>meeting Geneva 2022-01-21 1.5h with Blinken, Lavrov &lt; ... &gt;</c>: one meeting and what was said there.</summary>
public sealed class MeetingDeclarationSyntax : MemberSyntax
{
    internal MeetingDeclarationSyntax(LabelSyntax? label, SyntaxToken meetingKeyword, ExpressionSyntax place, SyntaxList<ClauseSyntax> clauses, BlockSyntax body)
        : base(NodeChildren.Of(label, meetingKeyword, place, null, clauses.Items, body))
    {
        Label = label;
        MeetingKeyword = meetingKeyword;
        Place = place;
        Clauses = clauses;
        Body = body;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new MeetingDeclarationSyntax(map.Of(Label), map.Of(MeetingKeyword)!, map.Of(Place)!, map.Of(Clauses), map.Of(Body)!);

    public override SyntaxKind Kind => SyntaxKind.MeetingDeclaration;
    public LabelSyntax? Label { get; }
    public SyntaxToken MeetingKeyword { get; }
    public ExpressionSyntax Place { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public BlockSyntax Body { get; }
}
