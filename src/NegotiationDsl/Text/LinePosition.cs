using System;

namespace NegotiationDsl.Text;

/// <summary>A zero-based line and a zero-based UTF-16 column, as editors (LSP) count them.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; }
    public int Character { get; }

    public bool Equals(LinePosition other) => Line == other.Line && Character == other.Character;
    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);
    public override int GetHashCode() => (Line * 7919) ^ Character;
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);
    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);
    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    /// <summary>One-based <c>line,column</c>, the form compilers print.</summary>
    // Interpolated strings call ToString() on this struct themselves: left to the interpolation handler, each use
    // needs AppendFormatted<LinePosition>, a generic method ReadyToRun cannot prepare, JIT-compiled at every start.
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
