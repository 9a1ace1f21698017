using System;

namespace NegotiationDsl.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: <c>[Start, End)</c>.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> is inside the span or at its end (where a caret can touch it).</summary>
    public bool Touches(int position) => position >= Start && position <= End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);
    public override int GetHashCode() => (Start * 397) ^ Length;
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
    public override string ToString() => $"[{Start}..{End})";
}
