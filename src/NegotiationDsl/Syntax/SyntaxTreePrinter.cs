using System.Globalization;
using System.IO;
using System.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// Prints a tree as indented text, one node or token per line with its span and, for tokens, the text
/// and trivia. Used by golden files and by <c>negc</c>'s debugging output.
/// </summary>
public static class SyntaxTreePrinter
{
    public static string Print(SyntaxNode node)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Print(writer, node, 0);
        return writer.ToString();
    }

    private static void Print(TextWriter writer, SyntaxElement element, int depth)
    {
        writer.Write(new string(' ', depth * 2));
        if (element is SyntaxToken token)
        {
            writer.Write(token.Kind);
            writer.Write(token.IsMissing ? " <missing>" : " " + Quote(token.Text));
            writer.Write(" " + token.Span);
            foreach (var trivia in token.LeadingTrivia) writer.Write(" L:" + trivia.Kind + "=" + Quote(trivia.Text));
            foreach (var trivia in token.TrailingTrivia) writer.Write(" T:" + trivia.Kind + "=" + Quote(trivia.Text));
            writer.WriteLine();
            return;
        }

        var node = (SyntaxNode)element;
        // A predicate's verb is data, not a kind: print it, since a repaired verb's token is missing.
        writer.WriteLine(node.Kind + (node is PredicateSyntax predicate ? " " + predicate.Verb.Name : "") + " " + node.Span);
        foreach (var child in node.Children) Print(writer, child, depth + 1);
    }

    /// <summary>Quotes text with control and invisible characters escaped, so a golden file stays one line per token.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
