using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>One version of a document with the compilation that contains it, and the position conversions handlers need.</summary>
internal sealed class DocumentSnapshot
{
    private SemanticModel? _model;

    public DocumentSnapshot(Document document, Compilation compilation, Workspace workspace)
    {
        Document = document;
        Compilation = compilation;
        Workspace = workspace;
    }

    public Document Document { get; }
    public Compilation Compilation { get; }
    public Workspace Workspace { get; }
    public SyntaxTree Tree => Document.Tree;
    public SourceText Text => Document.Text;
    public SemanticModel Model => _model ??= Compilation.GetSemanticModel(Tree);

    /// <summary>The offset of an LSP position, clamped into the text (editors may send stale positions).</summary>
    public int OffsetOf(LspPosition position) => LspLines.Of(Text).OffsetOf(position);

    public LspRange RangeOf(TextSpan span) => RangeOf(Text, span);

    /// <summary>A span of <paramref name="text"/> as LSP counts lines (<see cref="LspLines"/>).</summary>
    public static LspRange RangeOf(SourceText text, TextSpan span) => LspLines.Of(text).RangeOf(span);

    /// <summary>The token under the caret: one whose text touches <paramref name="offset"/>, a word rather than punctuation.</summary>
    public SyntaxToken? TokenAt(int offset)
    {
        var at = Touching(Tree.Root.FindToken(offset), offset);
        var before = offset > 0 ? Touching(Tree.Root.FindToken(offset - 1), offset) : null;
        if (at is not null && (before is null || SyntaxFacts.GetText(at.Kind) is null || SyntaxFacts.IsKeyword(at.Kind))) return at;
        return before ?? at;
    }

    private static SyntaxToken? Touching(SyntaxToken token, int offset) => token.Span.Length > 0 && token.Span.Touches(offset) ? token : null;

    public LspLocation LocationOf(SyntaxTree tree, TextSpan span) => new(Workspace.UriOf(tree.FilePath), RangeOf(tree.Text, span));

    public LspLocation LocationOf(Symbol symbol) => LocationOf(symbol.SyntaxTree, symbol.Location.Span);
}
