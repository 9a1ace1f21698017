using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Reads the converted children of one parse-tree rule in grammar order. Where error recovery left a
/// part out, it supplies a missing token at the position where the part should have been.
/// </summary>
internal sealed class ChildReader
{
    private readonly List<SyntaxElement> _items;
    private int _index;
    private int _position;

    public ChildReader(List<SyntaxElement> items, int startPosition)
    {
        _items = items;
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
        var builder = ImmutableArray.CreateBuilder<T>();
        while (Peek is T) builder.Add((T)Take());
        return new SyntaxList<T>(builder.ToImmutable());
    }

    public SyntaxElement Take()
    {
        var item = _items[_index++];
        _position = item.FullSpan.End;
        return item;
    }
}
