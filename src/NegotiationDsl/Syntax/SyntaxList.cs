using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Syntax;

/// <summary>A read-only list of nodes of one type; the nodes are also children of the owning node.</summary>
public readonly struct SyntaxList<T> : IReadOnlyList<T>
    where T : SyntaxNode
{
    private readonly ImmutableArray<T> _items;

    public SyntaxList(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    public static SyntaxList<T> Empty => new(ImmutableArray<T>.Empty);

    public int Count => _items.IsDefault ? 0 : _items.Length;
    public T this[int index] => _items[index];

    public ImmutableArray<T>.Enumerator GetEnumerator() => (_items.IsDefault ? ImmutableArray<T>.Empty : _items).GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items.IsDefault ? ImmutableArray<T>.Empty : _items)).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    internal ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;
}
