using System.CommandLine;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>--as-of YYYY-MM-DD</c>, shared by the commands that evaluate commitments on a day.</summary>
internal static class AsOfOption
{
    public static Option<string?> Create() =>
        new("--as-of") { Description = "The day to evaluate on (YYYY-MM-DD); default: the latest date in the records" };

    /// <summary>Parses the option; prints a usage error (NEG9005) and returns false when it is not a date.</summary>
    public static bool TryParse(string? text, CliConsole console, out LocalDate? asOf)
    {
        asOf = null;
        if (text is null) return true;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            DiagnosticTextWriter.WriteToolErrors(console, [new ToolError(DiagnosticCatalog.InvalidArgumentDescriptor, null, $"--as-of '{text}' is not a date (YYYY-MM-DD).")]);
            return false;
        }

        asOf = parsed.Value;
        return true;
    }
}
