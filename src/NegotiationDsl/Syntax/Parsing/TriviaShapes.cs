using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Turns the trivia the cursor collected into the position-free arrays tokens keep, sharing one array
/// among all tokens of a file with the same short trivia (" ", a line break, an indent, ...).
/// </summary>
internal sealed class TriviaShapes
{
    // Longer runs and long texts (comments) are rarely repeated exactly; they get arrays of their own.
    private const int MaxSharedCount = 3;
    private const int MaxSharedTextLength = 32;

    private readonly Dictionary<Shape, ImmutableArray<SyntaxTrivia>> _shared = new();
    private readonly Dictionary<(SyntaxTrivia[] Leading, SyntaxTrivia[] Trailing), TokenTrivia> _pairs = new(PairComparer.Instance);

    /// <summary>One instance per distinct pair of (shared) arrays; arrays of their own get a pair of their own.</summary>
    public TokenTrivia Pair(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        if (leading.IsEmpty && trailing.IsEmpty) return TokenTrivia.None;
        var key = (ImmutableCollectionsMarshal.AsArray(leading)!, ImmutableCollectionsMarshal.AsArray(trailing)!);
        if (_pairs.TryGetValue(key, out var pair)) return pair;
        pair = new TokenTrivia(leading, trailing);
        _pairs.Add(key, pair);
        return pair;
    }

    /// <summary>The trivia in <paramref name="trivia"/>, with positions made relative to <paramref name="start"/>.</summary>
    public ImmutableArray<SyntaxTrivia> Get(TriviaBuffer trivia, int start)
    {
        if (trivia.Count == 0) return ImmutableArray<SyntaxTrivia>.Empty;
        if (!Shape.TryCreate(trivia, out var shape)) return Relative(trivia, start);
        if (_shared.TryGetValue(shape, out var shared)) return shared;
        shared = Relative(trivia, start);
        _shared.Add(shape, shared);
        return shared;
    }

    private static ImmutableArray<SyntaxTrivia> Relative(TriviaBuffer trivia, int start)
    {
        var relative = new SyntaxTrivia[trivia.Count];
        for (var i = 0; i < relative.Length; i++) relative[i] = new SyntaxTrivia(trivia[i].Kind, trivia[i].Position - start, trivia[i].Text);
        return ImmutableCollectionsMarshal.AsImmutableArray(relative);
    }

    /// <summary>Pairs of arrays compared by identity: equal shapes already share their array.</summary>
    private sealed class PairComparer : IEqualityComparer<(SyntaxTrivia[] Leading, SyntaxTrivia[] Trailing)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((SyntaxTrivia[] Leading, SyntaxTrivia[] Trailing) x, (SyntaxTrivia[] Leading, SyntaxTrivia[] Trailing) y) =>
            ReferenceEquals(x.Leading, y.Leading) && ReferenceEquals(x.Trailing, y.Trailing);

        public int GetHashCode((SyntaxTrivia[] Leading, SyntaxTrivia[] Trailing) pair) =>
            (RuntimeHelpers.GetHashCode(pair.Leading) * 31) + RuntimeHelpers.GetHashCode(pair.Trailing);
    }

    /// <summary>Up to three trivia by kind and text: positions follow from the texts.</summary>
    private readonly struct Shape : IEquatable<Shape>
    {
        private readonly int _count;
        private readonly SyntaxKind _kind0, _kind1, _kind2;
        private readonly string? _text0, _text1, _text2;

        private Shape(TriviaBuffer trivia)
        {
            _count = trivia.Count;
            (_kind0, _text0) = (trivia[0].Kind, trivia[0].Text);
            if (_count > 1) (_kind1, _text1) = (trivia[1].Kind, trivia[1].Text);
            if (_count > 2) (_kind2, _text2) = (trivia[2].Kind, trivia[2].Text);
        }

        public static bool TryCreate(TriviaBuffer trivia, out Shape shape)
        {
            shape = default;
            if (trivia.Count > MaxSharedCount) return false;
            for (var i = 0; i < trivia.Count; i++)
            {
                if (trivia[i].Text.Length > MaxSharedTextLength) return false;
            }

            shape = new Shape(trivia);
            return true;
        }

        public bool Equals(Shape other) =>
            _count == other._count
            && _kind0 == other._kind0 && _kind1 == other._kind1 && _kind2 == other._kind2
            && string.Equals(_text0, other._text0, StringComparison.Ordinal)
            && string.Equals(_text1, other._text1, StringComparison.Ordinal)
            && string.Equals(_text2, other._text2, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Shape other && Equals(other);

        public override int GetHashCode()
        {
            var hash = (_count * 31) + (int)_kind0;
            hash = (hash * 31) + Hash(_text0);
            hash = (hash * 31) + (int)_kind1;
            hash = (hash * 31) + Hash(_text1);
            hash = (hash * 31) + (int)_kind2;
            return (hash * 31) + Hash(_text2);
        }

        private static int Hash(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);
    }
}
