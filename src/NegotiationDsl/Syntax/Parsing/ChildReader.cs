using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Reads the converted children of one parse-tree rule in grammar order. Where error recovery left a
/// part out, it supplies a missing token at the position where the part should have been.
/// </summary>
internal sealed class ChildReader
{
    // The builder keeps one reader per rule depth and refills it for every rule, because a reader per rule
    // was, with its list, a third of all memory the parser allocated. The parts sit in an array of structs,
    // not a List<SyntaxElement>: storing into an array of an abstract class checks the element's type on
    // every store, and a check stores every token and node of a file at least once here.
    private Part[] _items = new Part[16];
    private int _count;
    private readonly List<SyntaxElement> _separated = new();
    private int _index;
    private int _position;

    /// <summary>How many parts the rule has collected.</summary>
    public int Count => _count;

    /// <summary>The part at <paramref name="index"/> in source order, whether taken or not.</summary>
    public SyntaxElement this[int index] => _items[index].Element;

    /// <summary>Adds the next part of the rule (a token, or the node of a nested rule).</summary>
    public void Add(SyntaxElement element)
    {
        if (_count == _items.Length)
        {
            // Array.Resize would be generic code over Part, which ReadyToRun cannot prepare.
            var larger = new Part[_items.Length * 2];
            Array.Copy(_items, larger, _count);
            _items = larger;
        }

        _items[_count++] = new Part(element);
    }

    /// <summary>The verb of the rule's verb token, known from its token type even when the token is missing or was a misspelling.</summary>
    public Verb? Verb { get; set; }

    public void Reset(int startPosition)
    {
        Verb = null;
        Array.Clear(_items, 0, _count);
        _count = 0;
        _index = 0;
        _position = startPosition;
    }

    /// <summary>Where a missing part goes: right after the last part taken.</summary>
    public int Position => _position;

    public bool AtEnd => _index >= _count;

    public SyntaxElement? Peek => _index < _count ? _items[_index].Element : null;

    public bool NextIs(SyntaxKind kind) => Peek is SyntaxToken token && token.Kind == kind;

    public bool NextIs<T>()
        where T : SyntaxElement => Peek is T;

    public SyntaxToken Token(SyntaxKind kind) => OptionalToken(kind) ?? TokenCursor.Missing(kind, _position);

    public SyntaxToken? OptionalToken(SyntaxKind kind) => NextIs(kind) ? (SyntaxToken)Take() : null;

    /// <summary>The next token whatever its kind (used where the grammar allows several kinds).</summary>
    public SyntaxToken? AnyToken() => Peek is SyntaxToken ? (SyntaxToken)Take() : null;

    public T? Optional<T>()
        where T : SyntaxNode
    {
        // One type test: a test against a type parameter is a call into the runtime, and a cast after it another.
        if (Peek is not T node) return null;
        Skip(node);
        return node;
    }

    public SyntaxList<T> List<T>()
        where T : SyntaxNode
    {
        var count = 0;
        while (_index + count < _count && _items[_index + count].Element is T) count++;
        if (count == 0) return SyntaxList<T>.Empty;
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            // Each of them was tested above: no second type test.
            var item = Unsafe.As<T>(_items[_index].Element);
            Skip(item);
            items[i] = item;
        }

        return new SyntaxList<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    /// <summary>
    /// An empty list to collect a separated list's names or strings and separators in, reused: an
    /// ImmutableArray builder for each list (and the copy it makes at the end) was 7 MB per 5 MB of records.
    /// </summary>
    public List<SyntaxElement> SeparatedElements()
    {
        _separated.Clear();
        return _separated;
    }

    public SyntaxElement Take()
    {
        var item = _items[_index].Element;
        Skip(item);
        return item;
    }

    /// <summary>Moves past the next part, <paramref name="item"/>.</summary>
    private void Skip(SyntaxElement item)
    {
        _index++;
        // The end only: a node's full span would also walk down to its first token.
        _position = (item as SyntaxToken ?? Unsafe.As<SyntaxNode>(item).LastToken).FullSpan.End;
    }

    /// <summary>One part; a struct so that the array of them is not covariant.</summary>
    private readonly struct Part
    {
        public Part(SyntaxElement element) => Element = element;

        public SyntaxElement Element { get; }
    }
}
