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

    /// <summary>A struct enumerator: <c>foreach</c> over names runs for every statement and allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<T>
    {
        private readonly SeparatedSyntaxList<T> _list;
        private int _index;

        internal Enumerator(SeparatedSyntaxList<T> list)
        {
            _list = list;
            _index = -1;
        }

        public readonly T Current => _list[_index];
        readonly object IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < _list.Count;
        public void Reset() => _index = -1;
        public readonly void Dispose()
        {
        }
    }
}
