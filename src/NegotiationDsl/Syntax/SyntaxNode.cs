using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax;

/// <summary>
/// An immutable node of the syntax tree. Children are kept in source order, so the concatenated text
/// of a node's tokens and trivia is exactly the source it was parsed from.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    // A node with one child (a name, a string, a date: almost half of all nodes) keeps the child itself
    // rather than an array of one, which saves an array per such node; otherwise a SyntaxElement[].
    private readonly object _children;

    private protected SyntaxNode(NodeChildren children)
    {
        var value = children.Value;
        if (value.GetType() == typeof(SyntaxElement[]) || value is SyntaxElement[])
        {
            var array = (SyntaxElement[])value;
            // Exactly SyntaxElement[] from here on, so that telling the two cases apart is one comparison of the
            // object's type (ChildArray), not the runtime's covariant array test on every child access, which the
            // tree builder and the binder make for every node they walk down.
            if (array.GetType() != typeof(SyntaxElement[])) array = (SyntaxElement[])array.Clone();
            foreach (var child in array) child.Parent = this;
            _children = array;
        }
        else
        {
            ((SyntaxElement)value).Parent = this;
            _children = value;
        }
    }

    /// <summary>The children array, or null for a node that keeps its one child itself.</summary>
    private SyntaxElement[]? ChildArray => _children.GetType() == typeof(SyntaxElement[]) ? Unsafe.As<SyntaxElement[]>(_children) : null;

    /// <summary>A new node of this node's type and data whose children are <paramref name="map"/>'s of its children (<see cref="Parsing.NodeCopier"/>).</summary>
    internal abstract SyntaxNode WithChildren(ChildMap map);

    /// <summary>Child nodes and tokens in source order; absent optional parts are left out.</summary>
    public ImmutableArray<SyntaxElement> Children => ChildArray is { } array
        ? ImmutableCollectionsMarshal.AsImmutableArray(array)
        : ImmutableArray.Create((SyntaxElement)_children);

    public int ChildCount => ChildArray is { } array ? array.Length : 1;

    public SyntaxElement GetChild(int index) => ChildArray is { } array
        ? array[index]
        : index == 0 ? Unsafe.As<SyntaxElement>(_children) : throw new System.ArgumentOutOfRangeException(nameof(index));

    /// <summary>The first token below this node (a node has at least one, perhaps missing).</summary>
    public virtual SyntaxToken FirstToken
    {
        get
        {
            // An element is a token or a node, and the token type is sealed: testing for it is one comparison,
            // where testing for the abstract node type walks the element's base types.
            SyntaxElement element = this;
            while (element is not SyntaxToken) element = Unsafe.As<SyntaxNode>(element).GetChild(0);
            return Unsafe.As<SyntaxToken>(element);
        }
    }

    public SyntaxToken LastToken
    {
        get
        {
            SyntaxElement element = this;
            while (element is not SyntaxToken)
            {
                var node = Unsafe.As<SyntaxNode>(element);
                element = node.GetChild(node.ChildCount - 1);
            }

            return Unsafe.As<SyntaxToken>(element);
        }
    }

    public override TextSpan Span
    {
        get
        {
            // The first token once: finding it walks down the tree, and binding asks for spans of every node.
            var start = FirstToken.Span.Start;
            return TextSpan.FromBounds(start, System.Math.Max(start, LastToken.Span.End));
        }
    }

    public override TextSpan FullSpan => TextSpan.FromBounds(FirstToken.FullSpan.Start, LastToken.FullSpan.End);

    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<SyntaxElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is SyntaxToken token)
            {
                yield return token;
                continue;
            }

            var node = (SyntaxNode)element;
            for (var i = node.ChildCount - 1; i >= 0; i--) stack.Push(node.GetChild(i));
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.ChildCount - 1; i >= 0; i--)
            {
                if (node.GetChild(i) is SyntaxNode child) stack.Push(child);
            }
        }
    }

    /// <summary>The outermost node of <paramref name="kind"/> whose span is exactly <paramref name="span"/>, or null.</summary>
    public SyntaxNode? FindNode(TextSpan span, SyntaxKind kind)
    {
        if (Kind == kind && Span == span) return this;
        var count = ChildCount;
        // Children tile the text in order; a binary search finds the first that may hold the span, so a file of
        // 100,000 members does not cost 100,000 steps per lookup. Empty children may share a boundary: walk on.
        for (var i = FirstChildEndingAtOrAfter(span.Start, inclusive: true); i < count; i++)
        {
            if (GetChild(i) is not SyntaxNode child) continue;
            var full = child.FullSpan;
            if (full.Start > span.Start) break;
            if (span.End > full.End) continue;
            if (child.FindNode(span, kind) is { } found) return found;
        }

        return null;
    }

    /// <summary>The token whose full span (trivia included) contains <paramref name="position"/>; the end-of-file token past the end.</summary>
    public SyntaxToken FindToken(int position)
    {
        SyntaxElement element = this;
        while (element is SyntaxNode node)
        {
            var index = node.FirstChildEndingAtOrAfter(position, inclusive: false);
            element = node.GetChild(index < node.ChildCount ? index : node.ChildCount - 1);
        }

        return (SyntaxToken)element;
    }

    /// <summary>The index of the first child whose full span ends after <paramref name="position"/> (or at it, when inclusive); ChildCount if none does.</summary>
    private int FirstChildEndingAtOrAfter(int position, bool inclusive)
    {
        var lower = 0;
        var upper = ChildCount;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var end = GetChild(middle).FullSpan.End;
            if (end > position || (inclusive && end == position)) upper = middle;
            else lower = middle + 1;
        }

        return lower;
    }

    public override void WriteTo(TextWriter writer)
    {
        foreach (var token in DescendantTokens()) token.WriteTo(writer);
    }

    public override string ToString() => ToFullString();
}
