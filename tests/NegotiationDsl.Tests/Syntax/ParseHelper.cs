using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

internal static class ParseHelper
{
    /// <summary>Parses, checks the tree invariants, and returns the tree.</summary>
    public static SyntaxTree Parse(string text)
    {
        var tree = SyntaxTree.ParseText(text, "test.neg");
        TreeInvariants.Check(tree);
        return tree;
    }

    /// <summary>Diagnostics as <c>CODE (line,col)</c> strings, the form recovery tests pin.</summary>
    public static string[] Pinned(SyntaxTree tree) =>
        tree.Diagnostics.Select(d => $"{d.Code} ({d.Location.LineSpan.Start})").ToArray();

    public static T Single<T>(SyntaxTree tree)
        where T : SyntaxNode => Assert.Single(tree.Root.DescendantNodesAndSelf().OfType<T>());
}
