using System.IO;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>A node or a token: what a node's children are.</summary>
public abstract class SyntaxElement
{
    // Only SyntaxToken and SyntaxNode: SyntaxNode's walks rely on an element that is not a token being a node.
    private protected SyntaxElement()
    {
    }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node that holds this element; set once, when the parent is constructed.</summary>
    public SyntaxNode? Parent { get; internal set; }

    /// <summary>The element's text without leading and trailing trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The element's text including all trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>Writes the exact source text of the element, trivia included.</summary>
    public abstract void WriteTo(TextWriter writer);

    public string ToFullString()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }
}
