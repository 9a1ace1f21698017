using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Syntax;

/// <summary>Nodes with the separator tokens between them (<c>a, b and c</c>): nodes at even, separators at odd positions.</summary>
public readonly struct SeparatedSyntaxList<T> : IReadOnlyList<T>
    where T : SyntaxNode
{
    private readonly ImmutableArray<SyntaxElement> _elements;

    public SeparatedSyntaxList(ImmutableArray<SyntaxElement> elements) =>
        _elements = elements.IsDefault ? ImmutableArray<SyntaxElement>.Empty : elements;

    public int Count => (_elements.Length + 1) / 2;
    public T this[int index] => (T)_elements[index * 2];
    public int SeparatorCount => _elements.Length / 2;
    public SyntaxToken GetSeparator(int index) => (SyntaxToken)_elements[(index * 2) + 1];
    public ImmutableArray<SyntaxElement> ElementsWithSeparators => _elements;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
