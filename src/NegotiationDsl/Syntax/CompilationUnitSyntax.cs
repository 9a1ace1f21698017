namespace NegotiationDsl.Syntax;

/// <summary>A whole .neg file: its members and the end-of-file token that holds the final trivia.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(SyntaxList<MemberSyntax> members, SyntaxToken endOfFileToken)
        : base(NodeChildren.Of(null, null, null, null, members.Items, endOfFileToken))
    {
        Members = members;
        EndOfFileToken = endOfFileToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new CompilationUnitSyntax(map.Of(Members), map.Of(EndOfFileToken)!);

    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;
    public SyntaxList<MemberSyntax> Members { get; }
    public SyntaxToken EndOfFileToken { get; }
}
