namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Copies nodes into a new tree. A node knows its parent and a token its absolute position, so a tree made by an
/// edit cannot share the nodes of the tree before: every node it keeps is copied, those after the edit moved by
/// the edit's change in length. Copying allocates what parsing would, but lexes and parses nothing. Each node type
/// copies itself (<see cref="SyntaxNode.WithChildren"/>), so there is no list of node types here to keep up.
/// </summary>
internal static class NodeCopier
{
    /// <summary>A copy of <paramref name="element"/> and everything below it, moved <paramref name="offset"/> characters on.</summary>
    public static T Move<T>(T element, int offset)
        where T : SyntaxElement => (T)(SyntaxElement)(element is SyntaxToken token ? token.MovedBy(offset) : new Mover(offset).Copy((SyntaxNode)(SyntaxElement)element));

    /// <summary>
    /// A copy of <paramref name="node"/> with <paramref name="replaced"/>, one of its children, replaced by <paramref name="with"/>:
    /// the children that end at or before <paramref name="editStart"/> copied where they are, the others moved by <paramref name="delta"/>.
    /// </summary>
    public static SyntaxNode Splice(SyntaxNode node, SyntaxElement replaced, SyntaxElement with, int editStart, int delta) =>
        node.WithChildren(new Splicer(replaced, with, editStart, delta));

    /// <summary>Copies a subtree moved by one offset (one object per copy, so the recursion makes no closure per node).</summary>
    private sealed class Mover(int offset) : ChildMap
    {
        public SyntaxNode Copy(SyntaxNode node) => node.WithChildren(this);

        public override SyntaxElement Map(SyntaxElement child) => child is SyntaxToken token ? token.MovedBy(offset) : Copy((SyntaxNode)child);
    }

    private sealed class Splicer(SyntaxElement replaced, SyntaxElement with, int editStart, int delta) : ChildMap
    {
        private readonly Mover _before = new(0);
        private readonly Mover _after = new(delta);

        public override SyntaxElement Map(SyntaxElement child) =>
            child == replaced ? with : (child.FullSpan.End <= editStart ? _before : _after).Map(child);
    }
}
