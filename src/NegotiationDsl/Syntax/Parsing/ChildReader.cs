using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Reads the converted children of one parse-tree rule in grammar order. Where error recovery left a
/// part out, it supplies a missing token at the position where the part should have been.
/// </summary>
internal sealed class ChildReader
{
    private readonly List<SyntaxElement> _items = new();
    private readonly List<SyntaxElement> _separated = new();
    private int _index;
    private int _position;

    /// <summary>
    /// The builder keeps one reader per rule depth and refills it for every rule, because a reader
    /// per rule was, with its list, a third of all memory the parser allocated.
    /// </summary>
    public List<SyntaxElement> Items => _items;

    /// <summary>The verb of the rule's verb token, known from its token type even when the token is missing or was a misspelling.</summary>
    public Verb? Verb { get; set; }

    public void Reset(int startPosition)
    {
        Verb = null;
        _items.Clear();
        _index = 0;
        _position = startPosition;
    }

    /// <summary>Where a missing part goes: right after the last part taken.</summary>
    public int Position => _position;

    public bool AtEnd => _index >= _items.Count;

    public SyntaxElement? Peek => _index < _items.Count ? _items[_index] : null;

    public bool NextIs(SyntaxKind kind) => Peek is SyntaxToken token && token.Kind == kind;

    public bool NextIs<T>()
        where T : SyntaxElement => Peek is T;

    public SyntaxToken Token(SyntaxKind kind) => OptionalToken(kind) ?? TokenCursor.Missing(kind, _position);

    public SyntaxToken? OptionalToken(SyntaxKind kind) => NextIs(kind) ? (SyntaxToken)Take() : null;

    /// <summary>The next token whatever its kind (used where the grammar allows several kinds).</summary>
    public SyntaxToken? AnyToken() => Peek is SyntaxToken ? (SyntaxToken)Take() : null;

    public T? Optional<T>()
        where T : SyntaxNode => Peek is T ? (T)Take() : null;

    public SyntaxList<T> List<T>()
        where T : SyntaxNode
    {
        var count = 0;
        while (_index + count < _items.Count && _items[_index + count] is T) count++;
        if (count == 0) return SyntaxList<T>.Empty;
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = (T)Take();
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
        var item = _items[_index++];
        // The end only: a node's full span would also walk down to its first token.
        _position = (item as SyntaxToken ?? ((SyntaxNode)item).LastToken).FullSpan.End;
        return item;
    }
}
