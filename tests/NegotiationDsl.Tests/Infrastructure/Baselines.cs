using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Renders the text forms of a parse that golden files keep: tokens, and diagnostics inline.</summary>
internal static class Baselines
{
    public static string Tokens(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var token in tree.Root.DescendantTokens())
        {
            var position = tree.Text.GetLinePosition(token.Span.Start);
            builder.Append(CultureInfo.InvariantCulture, $"{position} {token.Kind}");
            builder.Append(token.IsMissing ? " <missing>" : " " + SyntaxTreePrinter.Quote(token.Text));
            foreach (var trivia in token.LeadingTrivia) builder.Append(" L:").Append(trivia.Kind).Append('=').Append(SyntaxTreePrinter.Quote(trivia.Text));
            foreach (var trivia in token.TrailingTrivia) builder.Append(" T:").Append(trivia.Kind).Append('=').Append(SyntaxTreePrinter.Quote(trivia.Text));
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The source with each diagnostic on a comment line under the line it starts on, a caret at its column.</summary>
    public static string DiagnosticsInline(SyntaxTree tree, System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
    {
        var text = tree.Text;
        var byLine = diagnostics.GroupBy(d => d.Location.LineSpan.Start.Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var line = 0; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            // Source lines are indented by two so that a "//" diagnostic line's caret sits under its column.
            builder.Append("  ").Append(Visible(text.ToString(span))).Append('\n');
            if (!byLine.TryGetValue(line, out var list)) continue;
            foreach (var diagnostic in list)
            {
                var column = diagnostic.Location.LineSpan.Start.Character;
                var width = System.Math.Max(1, System.Math.Min(diagnostic.Location.Span.Length, span.End - diagnostic.Location.Span.Start));
                builder.Append("//").Append(' ', column).Append('^').Append('~', width - 1)
                    .Append(CultureInfo.InvariantCulture, $" {diagnostic.Code} {Diagnostic.SeverityText(diagnostic.Severity)} ({diagnostic.Location.LineSpan.Start}): {diagnostic.Message}\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>Keeps control characters visible so a golden file stays valid text.</summary>
    private static string Visible(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c != '\t' && (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                builder.Append(c);
        }

        return builder.ToString();
    }
}
