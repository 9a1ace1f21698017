using System;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The trivia collected in front of or behind one token. A List&lt;SyntaxTrivia&gt; would do, but its methods
/// over this struct are generic code that ReadyToRun cannot prepare ahead of time, so every cold parse would
/// JIT-compile them. This buffer uses only non-generic array calls.
/// </summary>
internal sealed class TriviaBuffer
{
    private SyntaxTrivia[] _items = new SyntaxTrivia[4];
    private int _count;

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void Add(SyntaxTrivia trivia)
    {
        if (_count == _items.Length)
        {
            var larger = new SyntaxTrivia[_items.Length * 2];
            Array.Copy(_items, larger, _count);
            _items = larger;
        }

        _items[_count++] = trivia;
    }

    public int Count => _count;

    public SyntaxTrivia this[int index] => _items[index];
}
