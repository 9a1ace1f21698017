using System.Collections.Generic;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;

namespace NegotiationDsl.Fuzz.Oracle;

/// <summary>
/// A text without syntax errors gets its tree built while ANTLR parses it, without ANTLR's own parse tree;
/// any other text is built by walking that parse tree. Both builders must agree, so for every input the live
/// parse accepts, the campaign builds the tree the other way too and compares the two as the unit tests do
/// (LiveTreeTests): printed with <see cref="SyntaxTreePrinter"/>, one line per node and token with its kind,
/// span, text and trivia.
/// </summary>
public static class TreeAgreement
{
    /// <summary>The first difference between the two ways of building the tree of <paramref name="tree"/>, or none.</summary>
    public static IEnumerable<string> Violations(SyntaxTree tree)
    {
        // With a syntax error both ways walk ANTLR's parse tree: there is nothing to compare.
        if (!tree.Diagnostics.IsEmpty) yield break;

        var walked = SyntaxParser.Parse(tree.Text, buildWhileParsing: false);
        if (!walked.Diagnostics.IsEmpty)
        {
            var first = walked.Diagnostics[0];
            yield return $"the live parse accepted the text, the walked parse reports {first.Code} at {first.Location.Span}";
            yield break;
        }

        var live = SyntaxTreePrinter.Print(tree.Root).Split('\n');
        var expected = SyntaxTreePrinter.Print(walked.Root).Split('\n');
        var line = 0;
        while (line < live.Length && line < expected.Length && live[line] == expected[line]) line++;
        if (line < live.Length || line < expected.Length)
            yield return $"the tree built while parsing differs from the walked tree at printed line {line + 1}: '{At(live, line)}', the walk's '{At(expected, line)}'";
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index].Trim() : "(end)";
}
