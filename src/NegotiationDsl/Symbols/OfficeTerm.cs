using NegotiationDsl.Dates;

namespace NegotiationDsl.Symbols;

/// <summary>An office a person holds, for whom, and when (either end may be unknown).</summary>
public sealed record OfficeTerm(string Title, PartySymbol? Party, DateInterval? From, DateInterval? Until)
{
    /// <summary>Is the office held on every day of <paramref name="interval"/>? Unknown where precision cannot tell.</summary>
    public Truth IsHeldDuring(DateInterval interval)
    {
        var started = From is not { } from ? Truth.True : from.End <= interval.Start ? Truth.True : from.Start > interval.End ? Truth.False : Truth.Unknown;
        var notEnded = Until is not { } until ? Truth.True : until.Start >= interval.End ? Truth.True : until.End < interval.Start ? Truth.False : Truth.Unknown;
        if (started == Truth.False || notEnded == Truth.False) return Truth.False;
        return started == Truth.True && notEnded == Truth.True ? Truth.True : Truth.Unknown;
    }
}
