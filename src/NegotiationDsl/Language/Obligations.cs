using NegotiationDsl.Dates;

namespace NegotiationDsl.Language;

/// <summary>How messages, reports and hover cards name an obligation kind and a lasting obligation's period.</summary>
public static class Obligations
{
    /// <summary><c>a maintenance obligation</c>, <c>a prohibition</c>, <c>an achievement</c>.</summary>
    public static string Describe(ObligationKind kind) => kind switch
    {
        ObligationKind.Maintenance => "a maintenance obligation",
        ObligationKind.Prohibition => "a prohibition",
        _ => "an achievement",
    };

    /// <summary>The kind's one name in JSON, status and completion: <c>achievement</c>, <c>maintenance</c>, <c>prohibition</c>.</summary>
    public static string Name(ObligationKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>
    /// <c>from 2015-02-15 00:00 Europe/Kyiv until 2015-03-01</c>: the period of a maintenance obligation or prohibition
    /// (from when it was made when no start is known); a time written on an end stands in for its day.
    /// </summary>
    public static string Period(DateInterval? start, DateInterval? end, EventTime? startTime = null, EventTime? endTime = null)
    {
        var from = startTime is not null ? "from " + startTime : start is { } starts ? "from " + starts.ToString() : "from when it was made";
        return endTime is not null ? from + " until " + endTime : end is { } ends ? from + " until " + ends.ToString() : from;
    }
}
