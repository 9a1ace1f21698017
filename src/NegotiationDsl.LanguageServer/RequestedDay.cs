using NodaTime;
using NodaTime.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.LanguageServer;

/// <summary>The <c>asOf</c> of a request, read as <c>negc</c> reads <c>--as-of</c>: a date of the records' calendar, 0001-01-01 to 9999-12-31.</summary>
internal static class RequestedDay
{
    /// <summary>The day, or null when none was asked for.</summary>
    /// <exception cref="LocalRpcException">InvalidParams: not such a date (the client shows the message).</exception>
    public static LocalDate? Parse(string? text)
    {
        if (text is null) return null;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && DateInterval.IsInCalendar(DateInterval.Day(parsed.Value))) return parsed.Value;
        var problem = parsed.Success ? "is outside the calendar, which runs from 0001-01-01 to 9999-12-31" : "is not a date (YYYY-MM-DD)";
        throw new LocalRpcException($"asOf '{Text.PrintableText.Escape(text)}' {problem}.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
    }
}
