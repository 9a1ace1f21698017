namespace NegotiationDsl.Syntax;

/// <summary><c>record "title" source "RBC" published 2022-01-21;</c>: what the record was taken from.</summary>
public sealed class RecordHeaderSyntax : MemberSyntax
{
    internal RecordHeaderSyntax(SyntaxToken recordKeyword, StringLiteralSyntax? title, SyntaxList<ClauseSyntax> clauses, SyntaxToken semicolonToken)
        : base(NodeChildren.Of(recordKeyword, title, null, null, clauses.Items, semicolonToken))
    {
        RecordKeyword = recordKeyword;
        Title = title;
        Clauses = clauses;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new RecordHeaderSyntax(map.Of(RecordKeyword)!, map.Of(Title), map.Of(Clauses), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.RecordHeader;
    public SyntaxToken RecordKeyword { get; }
    public StringLiteralSyntax? Title { get; }
    public SyntaxList<ClauseSyntax> Clauses { get; }
    public SyntaxToken SemicolonToken { get; }
}
