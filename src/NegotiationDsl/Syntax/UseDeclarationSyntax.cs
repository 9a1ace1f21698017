namespace NegotiationDsl.Syntax;

/// <summary>
/// <c>use "../actors";</c> or <c>use "../geneva-2022" as geneva;</c>: the declarations of another folder or
/// file of the archive, visible by their own names or, with an alias, as <c>geneva.name</c>.
/// </summary>
public sealed class UseDeclarationSyntax : MemberSyntax
{
    internal UseDeclarationSyntax(SyntaxToken useKeyword, StringLiteralSyntax path, SyntaxToken? asKeyword, SyntaxToken? alias, SyntaxToken semicolonToken)
        : base(NodeChildren.Of<SyntaxElement>(useKeyword, path, asKeyword, alias, default, semicolonToken))
    {
        UseKeyword = useKeyword;
        Path = path;
        AsKeyword = asKeyword;
        Alias = alias;
        SemicolonToken = semicolonToken;
    }

    internal override SyntaxNode WithChildren(ChildMap map) => new UseDeclarationSyntax(map.Of(UseKeyword)!, map.Of(Path)!, map.Of(AsKeyword), map.Of(Alias), map.Of(SemicolonToken)!);

    public override SyntaxKind Kind => SyntaxKind.UseDeclaration;
    public SyntaxToken UseKeyword { get; }

    /// <summary>The folder or <c>.neg</c> file used, relative to the folder of the file that says <c>use</c>.</summary>
    public StringLiteralSyntax Path { get; }

    public SyntaxToken? AsKeyword { get; }

    /// <summary>The name its declarations are qualified with; without one they are visible by their own names.</summary>
    public SyntaxToken? Alias { get; }

    public SyntaxToken SemicolonToken { get; }
}
