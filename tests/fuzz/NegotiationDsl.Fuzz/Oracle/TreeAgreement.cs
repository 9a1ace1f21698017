using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;

namespace NegotiationDsl.Fuzz.Oracle;

/// <summary>
/// A text without syntax errors gets its tree built while ANTLR parses it, without ANTLR's own parse tree;
/// any other text is built by walking that parse tree. Both builders must agree, so for every input the live
/// parse accepts, the campaign builds the tree the other way too and compares them element by element
/// (the unit tests do the same for the examples and a few hundred programs: LiveTreeTests).
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
            yield return $"the live parse accepted the text, the walked parse reports {walked.Diagnostics[0].Code} at {walked.Diagnostics[0].Location.Span}";
            yield break;
        }

        var difference = FirstDifference(tree.Root, walked.Root);
        if (difference != null) yield return "the tree built while parsing differs from the walked tree: " + difference;
    }

    // Iterative, with a stack of pairs: a fuzzed text may nest deeper than the call stack goes.
    private static string? FirstDifference(SyntaxElement liveRoot, SyntaxElement walkedRoot)
    {
        var pending = new Stack<(SyntaxElement Live, SyntaxElement Walked)>();
        pending.Push((liveRoot, walkedRoot));
        while (pending.Count > 0)
        {
            var (live, walked) = pending.Pop();
            var difference = ElementDifference(live, walked);
            if (difference != null) return difference;
            if (live is not SyntaxNode liveNode) continue;

            var liveChildren = liveNode.Children;
            var walkedChildren = ((SyntaxNode)walked).Children;
            for (var i = liveChildren.Length - 1; i >= 0; i--) pending.Push((liveChildren[i], walkedChildren[i]));
        }

        return null;
    }

    private static string? ElementDifference(SyntaxElement live, SyntaxElement walked)
    {
        if (live.Kind != walked.Kind || live.FullSpan != walked.FullSpan)
            return $"{live.Kind} {live.FullSpan} where the walk built {walked.Kind} {walked.FullSpan}";

        if (live is SyntaxToken liveToken && walked is SyntaxToken walkedToken)
        {
            if (liveToken.IsMissing != walkedToken.IsMissing || liveToken.Text != walkedToken.Text)
                return $"token {liveToken.Kind} at {liveToken.Span} has text '{liveToken.Text}', the walk's '{walkedToken.Text}'";
            return TriviaDifference(liveToken.LeadingTrivia, walkedToken.LeadingTrivia, liveToken)
                ?? TriviaDifference(liveToken.TrailingTrivia, walkedToken.TrailingTrivia, liveToken);
        }

        if (live is not SyntaxNode liveNode || walked is not SyntaxNode walkedNode)
            return $"{live.Kind} at {live.FullSpan} is a node one way and a token the other";

        var liveCount = liveNode.Children.Length;
        var walkedCount = walkedNode.Children.Length;
        return liveCount == walkedCount ? null : $"{live.Kind} at {live.FullSpan} has {liveCount} children, the walk's {walkedCount}";
    }

    private static string? TriviaDifference(ImmutableArray<SyntaxTrivia> live, ImmutableArray<SyntaxTrivia> walked, SyntaxToken token)
    {
        if (live.Length != walked.Length) return $"token {token.Kind} at {token.Span} has {live.Length} trivia on one side, the walk {walked.Length}";
        for (var i = 0; i < live.Length; i++)
        {
            if (live[i].Kind != walked[i].Kind || live[i].Position != walked[i].Position || live[i].Text != walked[i].Text)
                return $"trivia {i} of token {token.Kind} at {token.Span}: {live[i].Kind} '{live[i].Text}', the walk's {walked[i].Kind} '{walked[i].Text}'";
        }

        return null;
    }
}
