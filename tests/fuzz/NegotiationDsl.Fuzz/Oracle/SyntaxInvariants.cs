using System.Collections.Generic;
using System.Text.RegularExpressions;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Fuzz.Oracle;

/// <summary>
/// What must hold for every parse of every input: the tree prints back to the text (print(parse(x)) == x),
/// tokens and trivia tile the text without gap or overlap, parents are right, a node's first token is the first below
/// it, missing tokens are empty, and every syntax diagnostic has a code, a message and a span inside the file. Shared
/// by the fuzzing campaign and the unit tests (TreeInvariants).
/// </summary>
public static class SyntaxInvariants
{
    private static readonly Regex Code = new("^NEG[0-9]{4}$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    /// <summary>Each broken invariant as one line; empty when the tree is sound.</summary>
    public static List<string> Violations(SyntaxTree tree)
    {
        var violations = new List<string>();
        var text = tree.Text.Text;
        if (tree.Root.ToFullString() != text) violations.Add("print(parse(x)) != x: the tree does not print back to its text");

        var position = 0;
        SyntaxToken? last = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullSpan.Start != position) violations.Add($"token {token.Kind} at {token.Position} starts its full span at {token.FullSpan.Start}, expected {position}");
            var triviaPosition = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Position != triviaPosition) violations.Add($"leading trivia {trivia.Kind} of {token.Kind} at {trivia.Position}, expected {triviaPosition}");
                triviaPosition += trivia.Text.Length;
            }

            if (token.Span.Start != triviaPosition) violations.Add($"token {token.Kind} at {token.Span.Start}, its leading trivia ends at {triviaPosition}");
            triviaPosition = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                if (trivia.Position != triviaPosition) violations.Add($"trailing trivia {trivia.Kind} of {token.Kind} at {trivia.Position}, expected {triviaPosition}");
                triviaPosition += trivia.Text.Length;
            }

            if (token.FullSpan.End != triviaPosition) violations.Add($"token {token.Kind} ends its full span at {token.FullSpan.End}, its trivia at {triviaPosition}");
            if (token.IsMissing && token.Text.Length != 0) violations.Add($"missing token {token.Kind} at {token.Position} has text");
            position = token.FullSpan.End;
            last = token;
            if (violations.Count > 20) return violations;
        }

        if (position != text.Length) violations.Add($"the tokens end at {position}, the text at {text.Length}");
        if (last?.Kind != SyntaxKind.EndOfFileToken) violations.Add("the last token is not the end of the file");

        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            foreach (var child in node.Children)
            {
                if (!ReferenceEquals(child.Parent, node)) violations.Add($"{child.Kind} at {child.Span.Start} has the wrong parent");
            }

            if (!node.FullSpan.Contains(node.Span)) violations.Add($"{node.Kind}: span {node.Span} outside full span {node.FullSpan}");
            // A member keeps its first token rather than walking down to it: it must be the one the walk finds.
            if (!ReferenceEquals(node.FirstToken, FirstTokenBelow(node))) violations.Add($"{node.Kind} at {node.Span.Start}: its first token is not the first token below it");
        }

        var seen = new HashSet<(string, int, int)>();
        foreach (var diagnostic in tree.Diagnostics)
        {
            violations.AddRange(DiagnosticViolations(diagnostic));
            if (!ReferenceEquals(diagnostic.Location.Text, tree.Text)) violations.Add($"{diagnostic.Code} points into another text");
            if (!seen.Add((diagnostic.Code, diagnostic.Location.Span.Start, diagnostic.Location.Span.Length)))
                violations.Add($"{diagnostic.Code} at {diagnostic.Location.Span} is reported twice");
        }

        return violations;
    }

    private static SyntaxToken FirstTokenBelow(SyntaxNode node)
    {
        SyntaxElement element = node;
        while (element is SyntaxNode inner) element = inner.GetChild(0);
        return (SyntaxToken)element;
    }

    /// <summary>A diagnostic names a catalogued code, has a message, and points into its file.</summary>
    public static IEnumerable<string> DiagnosticViolations(Diagnostic diagnostic)
    {
        if (diagnostic.Location.Text is not { } text)
        {
            yield return $"{diagnostic.Code} is not located in a source text";
            yield break;
        }

        var span = diagnostic.Location.Span;
        var length = text.Length;
        if (span.Start < 0 || span.Length < 0 || span.End > length)
            yield return $"{diagnostic.Code}: span {span} outside its file of {length} characters";
        if (!Code.IsMatch(diagnostic.Code)) yield return $"diagnostic code '{diagnostic.Code}' is not NEG####";
        if (!DiagnosticCatalog.All.Contains(diagnostic.Descriptor)) yield return $"{diagnostic.Code} is not in the catalogue";
        if (string.IsNullOrWhiteSpace(diagnostic.Message)) yield return $"{diagnostic.Code} has no message";
    }
}
