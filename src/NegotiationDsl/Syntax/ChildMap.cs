using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NegotiationDsl.Syntax;

/// <summary>
/// What a node's children become when the node is copied (<see cref="SyntaxNode.WithChildren"/>): each node type
/// rebuilds itself from its own parts passed through <see cref="Map"/>, so a new node type cannot be left out of copying.
/// </summary>
internal abstract class ChildMap
{
    public abstract SyntaxElement Map(SyntaxElement child);

    public T? Of<T>(T? child)
        where T : SyntaxElement => child is null ? null : (T)Map(child);

    public SyntaxList<T> Of<T>(SyntaxList<T> list)
        where T : SyntaxNode
    {
        var items = list.Items;
        if (items.IsEmpty) return list;
        var copy = new T[items.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = (T)Map(items[i]);
        return new SyntaxList<T>(ImmutableCollectionsMarshal.AsImmutableArray(copy));
    }

    public SeparatedSyntaxList<T> Of<T>(SeparatedSyntaxList<T> list)
        where T : SyntaxNode
    {
        var items = list.ElementsWithSeparators;
        var copy = new SyntaxElement[items.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = Map(items[i]);
        return new SeparatedSyntaxList<T>(ImmutableCollectionsMarshal.AsImmutableArray(copy));
    }
}
