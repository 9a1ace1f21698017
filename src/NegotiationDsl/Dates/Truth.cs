namespace NegotiationDsl.Dates;

/// <summary>The answer of a check on dates: precision can leave it undecided.</summary>
public enum Truth
{
    False = 0,
    True = 1,
    Unknown = 2,
}
