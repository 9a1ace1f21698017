using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// The parsed form of one source file: an immutable full-fidelity tree and the syntax diagnostics.
/// Parsing never throws on any text; problems become diagnostics and the tree is always complete.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }
    public CompilationUnitSyntax Root { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public string FilePath => Text.FilePath;

    public static SyntaxTree Parse(SourceText text)
    {
        var (root, diagnostics) = SyntaxParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    public static SyntaxTree ParseText(string text, string filePath = "") => Parse(SourceText.From(text, filePath));

    /// <summary>Lexes without parsing: every token with its trivia, ending with the end-of-file token.</summary>
    public static ImmutableArray<SyntaxToken> ParseTokens(string text) => SyntaxParser.Tokenize(SourceText.From(text));

    public override string ToString() => Root.ToFullString();
}
