using System.Linq;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>What must hold for every parse of every input: fidelity, contiguity, spans inside the text.</summary>
internal static class TreeInvariants
{
    public static void Check(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        Assert.Equal(text, tree.Root.ToFullString());

        var position = 0;
        SyntaxToken? last = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            var triviaPosition = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(triviaPosition, trivia.Position);
                triviaPosition += trivia.Text.Length;
            }

            Assert.Equal(triviaPosition, token.Span.Start);
            triviaPosition = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                Assert.Equal(triviaPosition, trivia.Position);
                triviaPosition += trivia.Text.Length;
            }

            Assert.Equal(triviaPosition, token.FullSpan.End);
            Assert.True(!token.IsMissing || token.Text.Length == 0, "A missing token has no text.");
            position = token.FullSpan.End;
            last = token;
        }

        Assert.Equal(text.Length, position);
        Assert.Equal(SyntaxKind.EndOfFileToken, last!.Kind);

        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            foreach (var child in node.Children) Assert.Same(node, child.Parent);
            Assert.True(node.FullSpan.Contains(node.Span), $"{node.Kind}: span {node.Span} outside full span {node.FullSpan}");
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            Assert.InRange(diagnostic.Location.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Location.Span.End, 0, text.Length);
            Assert.Matches("^NEG[0-9]{4}$", diagnostic.Code);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }

        Assert.True(tree.Diagnostics.Select(d => (d.Code, d.Location.Span)).Distinct().Count() == tree.Diagnostics.Length, "A diagnostic is reported twice.");
    }
}
