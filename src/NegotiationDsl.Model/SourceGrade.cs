using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// A grade of the NATO (Admiralty) scheme, as intelligence and open-source analysts write it: a letter for
/// how reliable the source is (A-F) and a digit for how credible the information is (1-6), such as <c>B2</c>.
/// The two scales below are the one table every tool reads the meanings from.
/// </summary>
public readonly struct SourceGrade : System.IEquatable<SourceGrade>
{
    /// <summary>The source's reliability, A (best) to F (cannot be judged).</summary>
    public static readonly IReadOnlyList<GradeLevel> ReliabilityScale = new[]
    {
        new GradeLevel("A", "completely reliable"),
        new GradeLevel("B", "usually reliable"),
        new GradeLevel("C", "fairly reliable"),
        new GradeLevel("D", "not usually reliable"),
        new GradeLevel("E", "unreliable"),
        new GradeLevel("F", "reliability cannot be judged"),
    };

    /// <summary>The information's credibility, 1 (best) to 6 (cannot be judged).</summary>
    public static readonly IReadOnlyList<GradeLevel> CredibilityScale = new[]
    {
        new GradeLevel("1", "confirmed by other sources"),
        new GradeLevel("2", "probably true"),
        new GradeLevel("3", "possibly true"),
        new GradeLevel("4", "doubtful"),
        new GradeLevel("5", "improbable"),
        new GradeLevel("6", "truth cannot be judged"),
    };

    public SourceGrade(char reliability, int credibility)
    {
        if (reliability < 'A' || reliability > 'F') throw new System.ArgumentOutOfRangeException(nameof(reliability));
        if (credibility < 1 || credibility > 6) throw new System.ArgumentOutOfRangeException(nameof(credibility));
        Reliability = reliability;
        Credibility = credibility;
    }

    public char Reliability { get; }
    public int Credibility { get; }

    public string ReliabilityMeaning => ReliabilityScale[Reliability - 'A'].Meaning;
    public string CredibilityMeaning => CredibilityScale[Credibility - 1].Meaning;

    /// <summary>Reads a grade as written (<c>B2</c>): a capital letter A-F, then a digit 1-6.</summary>
    public static bool TryParse(string? text, out SourceGrade grade)
    {
        grade = default;
        if (text is not { Length: 2 } || text[0] < 'A' || text[0] > 'F' || text[1] < '1' || text[1] > '6') return false;
        grade = new SourceGrade(text[0], text[1] - '0');
        return true;
    }

    public bool Equals(SourceGrade other) => Reliability == other.Reliability && Credibility == other.Credibility;
    public override bool Equals(object? obj) => obj is SourceGrade other && Equals(other);
    public override int GetHashCode() => (Reliability * 7) + Credibility;
    public static bool operator ==(SourceGrade left, SourceGrade right) => left.Equals(right);
    public static bool operator !=(SourceGrade left, SourceGrade right) => !left.Equals(right);

    public override string ToString() => Reliability == '\0' ? "" : Reliability.ToString() + Credibility.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One level of a grading scale: its symbol (<c>B</c>, <c>2</c>) and what it means.</summary>
public sealed class GradeLevel
{
    public GradeLevel(string symbol, string meaning)
    {
        Symbol = symbol;
        Meaning = meaning;
    }

    public string Symbol { get; }
    public string Meaning { get; }
}
