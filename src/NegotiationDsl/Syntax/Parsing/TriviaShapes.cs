using System;
using System.Runtime.CompilerServices;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Turns the trivia the cursor collected into the position-free arrays tokens keep, sharing one array
/// among all tokens of a file with the same short trivia (" ", a line break, an indent, ...).
/// </summary>
/// <remarks>
/// Two small open-addressing tables rather than dictionaries: a dictionary keyed by a struct of ours is
/// generic code that ReadyToRun cannot precompile, so every cold check would JIT-compile it. A file has a
/// few dozen distinct shapes, so the tables stay tiny.
/// </remarks>
internal sealed class TriviaShapes
{
    // Longer runs and long texts (comments) are rarely repeated exactly; they get arrays of their own.
    private const int MaxSharedCount = 3;
    private const int MaxSharedTextLength = 32;
    private const int InitialSize = 64;

    private Shape[] _shapes = new Shape[InitialSize];
    private SyntaxTrivia[]?[] _sharedArrays = new SyntaxTrivia[]?[InitialSize];
    private int _sharedCount;
    private TokenTrivia?[] _pairs = new TokenTrivia?[InitialSize];
    private int _pairCount;

    /// <summary>One instance per distinct pair of arrays (compared by identity: equal shapes already share their array).</summary>
    public TokenTrivia Pair(SyntaxTrivia[] leading, SyntaxTrivia[] trailing)
    {
        if (leading.Length == 0 && trailing.Length == 0) return TokenTrivia.None;
        var mask = _pairs.Length - 1;
        for (var i = PairHash(leading, trailing) & mask; ; i = (i + 1) & mask)
        {
            var pair = _pairs[i];
            if (pair is null)
            {
                pair = _pairs[i] = new TokenTrivia(leading, trailing);
                if (++_pairCount * 2 > _pairs.Length) GrowPairs();
                return pair;
            }

            if (ReferenceEquals(pair.Leading, leading) && ReferenceEquals(pair.Trailing, trailing)) return pair;
        }
    }

    /// <summary>The trivia in <paramref name="trivia"/>, with positions made relative to <paramref name="start"/>.</summary>
    public SyntaxTrivia[] Get(TriviaBuffer trivia, int start)
    {
        if (trivia.Count == 0) return TokenTrivia.Empty;
        if (!Shape.TryCreate(trivia, out var shape)) return Relative(trivia, start);
        var mask = _shapes.Length - 1;
        for (var i = shape.GetHashCode() & mask; ; i = (i + 1) & mask)
        {
            var shared = _sharedArrays[i];
            if (shared is null)
            {
                shared = Relative(trivia, start);
                _shapes[i] = shape;
                _sharedArrays[i] = shared;
                if (++_sharedCount * 2 > _shapes.Length) GrowShapes();
                return shared;
            }

            if (_shapes[i].Equals(shape)) return shared;
        }
    }

    private static SyntaxTrivia[] Relative(TriviaBuffer trivia, int start)
    {
        var relative = new SyntaxTrivia[trivia.Count];
        for (var i = 0; i < relative.Length; i++) relative[i] = new SyntaxTrivia(trivia[i].Kind, trivia[i].Position - start, trivia[i].Text);
        return relative;
    }

    private static int PairHash(SyntaxTrivia[] leading, SyntaxTrivia[] trailing) =>
        (RuntimeHelpers.GetHashCode(leading) * 31) + RuntimeHelpers.GetHashCode(trailing);

    private void GrowPairs()
    {
        var old = _pairs;
        _pairs = new TokenTrivia?[old.Length * 2];
        var mask = _pairs.Length - 1;
        foreach (var pair in old)
        {
            if (pair is null) continue;
            var i = PairHash(pair.Leading, pair.Trailing) & mask;
            while (_pairs[i] is not null) i = (i + 1) & mask;
            _pairs[i] = pair;
        }
    }

    private void GrowShapes()
    {
        var (oldShapes, oldArrays) = (_shapes, _sharedArrays);
        _shapes = new Shape[oldShapes.Length * 2];
        _sharedArrays = new SyntaxTrivia[]?[oldShapes.Length * 2];
        var mask = _shapes.Length - 1;
        for (var j = 0; j < oldShapes.Length; j++)
        {
            if (oldArrays[j] is null) continue;
            var i = oldShapes[j].GetHashCode() & mask;
            while (_sharedArrays[i] is not null) i = (i + 1) & mask;
            _shapes[i] = oldShapes[j];
            _sharedArrays[i] = oldArrays[j];
        }
    }

    /// <summary>Up to three trivia by kind and text: positions follow from the texts.</summary>
    private readonly struct Shape
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

        // By identity: the cursor takes every text this short from the parse's string table, one instance per
        // spelling, so equal texts are the same object and hashing their characters (randomised, per call) is not
        // needed. Equals still compares the characters, so a text from elsewhere can cost sharing, never a wrong array.
        private static int Hash(string? text) => text is null ? 0 : RuntimeHelpers.GetHashCode(text);
    }
}
