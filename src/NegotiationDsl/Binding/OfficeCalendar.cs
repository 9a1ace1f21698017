using System.Collections.Immutable;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>
/// A person's offices sorted by the first day each may have begun, with the latest day any of the first k may
/// still have run: "was none of them held on these days" is then one binary search, not a pass over every office
/// for every meeting the person attends.
/// </summary>
internal sealed class OfficeCalendar
{
    private readonly LocalDate[] _earliestStarts;
    private readonly LocalDate[] _latestEndSoFar;

    public OfficeCalendar(ImmutableArray<OfficeTerm> offices)
    {
        // An office is surely not held on days before its 'from' begins or after its 'until' ends (an open end is no bound).
        _earliestStarts = new LocalDate[offices.Length];
        var latestEnds = new LocalDate[offices.Length];
        for (var i = 0; i < offices.Length; i++)
        {
            _earliestStarts[i] = offices[i].From?.Start ?? LocalDate.MinIsoValue;
            latestEnds[i] = offices[i].Until?.End ?? LocalDate.MaxIsoValue;
        }

        System.Array.Sort(_earliestStarts, latestEnds);
        _latestEndSoFar = latestEnds;
        for (var i = 1; i < _latestEndSoFar.Length; i++)
        {
            if (_latestEndSoFar[i - 1] > _latestEndSoFar[i]) _latestEndSoFar[i] = _latestEndSoFar[i - 1];
        }
    }

    /// <summary>Is every office surely not held on some day of <paramref name="days"/> (<see cref="OfficeTerm.IsHeldDuring"/> false for each)?</summary>
    public bool HeldNoneDuring(DateInterval days)
    {
        // The offices that may have begun by the last day; one of them may still run on the first day.
        int lower = 0, upper = _earliestStarts.Length;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower) / 2);
            if (_earliestStarts[middle] <= days.End) lower = middle + 1;
            else upper = middle;
        }

        return lower == 0 || _latestEndSoFar[lower - 1] < days.Start;
    }
}
