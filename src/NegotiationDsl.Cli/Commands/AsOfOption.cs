using System.CommandLine;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting;
using NodaTime;
using NodaTime.Text;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>--as-of YYYY-MM-DD</c>, shared by the commands that evaluate commitments on a day.</summary>
internal static class AsOfOption
{
    public static Option<string?> Create() =>
        new("--as-of") { Description = "The day to evaluate on (YYYY-MM-DD); default: the latest date in the records" };

    /// <summary>
    /// Parses the option; prints a usage error (NEG9005) and returns false when it is not a date of the calendar
    /// records use, 0001-01-01 to 9999-12-31 (NodaTime also reads year 0 and negative years, which nothing after
    /// this can show or count from).
    /// </summary>
    public static bool TryParse(string? text, CliConsole console, out LocalDate? asOf)
    {
        asOf = null;
        if (text is null) return true;
        var parsed = LocalDatePattern.Iso.Parse(text);
        var problem = !parsed.Success ? "is not a date (YYYY-MM-DD)"
            : !DateInterval.IsInCalendar(DateInterval.Day(parsed.Value)) ? "is outside the calendar, which runs from 0001-01-01 to 9999-12-31"
            : null;
        if (problem is not null)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [DiagnosticCatalog.InvalidArgument($"--as-of '{text}' {problem}.")]);
            return false;
        }

        asOf = parsed.Value;
        return true;
    }
}
