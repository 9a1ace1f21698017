using NegotiationDsl.Syntax;

namespace NegotiationDsl.Formatting;

/// <summary>Where a token goes relative to the one before it.</summary>
internal enum TokenPlacement
{
    /// <summary>The first token of a declaration or statement: always on a new line.</summary>
    MemberStart,

    /// <summary>The <c>&gt;</c> of a block with members: on its own line at the block owner's indentation.</summary>
    BlockClose,

    /// <summary>The <c>&gt;</c> of an empty block: <c>&lt; &gt;</c> on one line unless a comment inside stands on a line of its own.</summary>
    EmptyBlockClose,

    /// <summary>Inside a declaration or statement: one space, or a continuation line where the author broke the line.</summary>
    Spaced,

    /// <summary><c>&lt;</c>: one space, always on the line of the declaration it opens.</summary>
    Joined,

    /// <summary><c>;</c>, <c>,</c>, a label's <c>:</c> and both sides of <c>..</c>: no space, no line break.</summary>
    Attached,

    EndOfFile,
}

/// <summary>The placement of a token and the indentation (in spaces) of the line it would start.</summary>
internal readonly record struct TokenLayout(TokenPlacement Placement, int Indent)
{
    public const int IndentSize = 2;
    public const int ContinuationIndent = 4;

    public static TokenLayout Of(SyntaxToken token, SyntaxToken? previous)
    {
        if (token.Kind == SyntaxKind.EndOfFileToken) return new(TokenPlacement.EndOfFile, 0);
        if (token.Parent is BlockSyntax block && token == block.GreaterThanToken)
            return new(block.Members.Count == 0 ? TokenPlacement.EmptyBlockClose : TokenPlacement.BlockClose, Depth(block) * IndentSize);
        if (StartedMember(token) is { } member) return new(TokenPlacement.MemberStart, Depth(member) * IndentSize);

        var continuation = (Depth(InnermostMember(token)) * IndentSize) + ContinuationIndent;
        if (token.Kind is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.ColonToken or SyntaxKind.DotDotToken ||
            previous?.Kind == SyntaxKind.DotDotToken)
            return new(TokenPlacement.Attached, continuation);
        return new(token.Kind == SyntaxKind.LessThanToken ? TokenPlacement.Joined : TokenPlacement.Spaced, continuation);
    }

    /// <summary>The member (of a file or a block) that <paramref name="token"/> is the first token of, if any.</summary>
    private static SyntaxNode? StartedMember(SyntaxToken token)
    {
        SyntaxElement element = token;
        while (element.Parent is { } parent)
        {
            if (element is MemberSyntax && parent is CompilationUnitSyntax or BlockSyntax) return (SyntaxNode)element;
            if (parent.Children[0] != element) return null;
            element = parent;
        }

        return null;
    }

    private static SyntaxNode? InnermostMember(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is MemberSyntax) return node;
        }

        return null;
    }

    /// <summary>How many blocks enclose <paramref name="node"/> (not counting itself).</summary>
    private static int Depth(SyntaxNode? node)
    {
        var depth = 0;
        for (var parent = node?.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BlockSyntax) depth++;
        }

        return depth;
    }
}
