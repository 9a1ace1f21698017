using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NegotiationDsl.Syntax;

/// <summary>
/// A node's children as the node keeps them: the child itself when there is one, otherwise an array made
/// once at its final size, with absent optional parts left out. Made by the node constructors without an
/// intermediate array: params arrays, and arrays of parts joined afterwards, were a large share of what a
/// check allocated.
/// </summary>
internal readonly struct NodeChildren
{
    private NodeChildren(object value) => Value = value;

    /// <summary>A <see cref="SyntaxElement"/> or a <see cref="SyntaxElement"/>[] of two or more.</summary>
    public object Value { get; }

    public static NodeChildren Of(SyntaxElement child) => new(child);

    public static NodeChildren Of(SyntaxElement? a, SyntaxElement? b) =>
        Of<SyntaxElement>(a, b, null, null, default, null);

    public static NodeChildren Of(SyntaxElement? a, SyntaxElement? b, SyntaxElement? c) =>
        Of<SyntaxElement>(a, b, c, null, default, null);

    public static NodeChildren Of(SyntaxElement? a, SyntaxElement? b, SyntaxElement? c, SyntaxElement? d) =>
        Of<SyntaxElement>(a, b, c, d, default, null);

    /// <summary>Up to four leading parts, a list, and a last part, in source order; absent parts are null.</summary>
    public static NodeChildren Of<T>(SyntaxElement? a, SyntaxElement? b, SyntaxElement? c, SyntaxElement? d, ImmutableArray<T> list, SyntaxElement? last)
        where T : SyntaxElement
    {
        var listLength = list.IsDefault ? 0 : list.Length;
        var count = Count(a) + Count(b) + Count(c) + Count(d) + listLength + Count(last);
        if (count == 1) return new(a ?? b ?? c ?? d ?? (listLength == 1 ? list[0] : last)!);

        var children = new SyntaxElement[count];
        var index = 0;
        Add(children, ref index, a);
        Add(children, ref index, b);
        Add(children, ref index, c);
        Add(children, ref index, d);
        for (var i = 0; i < listLength; i++) children[index++] = list[i];
        Add(children, ref index, last);
        return new(children);
    }

    /// <summary>Shares the elements of a separated list (which has no absent parts).</summary>
    public static NodeChildren Of(ImmutableArray<SyntaxElement> elements) =>
        new(elements.Length == 1 ? elements[0] : ImmutableCollectionsMarshal.AsArray(elements)!);

    private static int Count(SyntaxElement? element) => element is null ? 0 : 1;

    private static void Add(SyntaxElement[] children, ref int index, SyntaxElement? element)
    {
        if (element is not null) children[index++] = element;
    }
}
