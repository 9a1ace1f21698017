using System.CommandLine;
using System.Globalization;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary>
/// <c>--max-diagnostics N</c>: how many diagnostics of one file the text output prints; the rest are counted in a
/// line of their own. A file that is not a record at all (a README given by mistake) would otherwise bury the
/// terminal in an error per word.
/// </summary>
internal static class MaxDiagnosticsOption
{
    public const int Default = 100;

    public static Option<int> Create() => new("--max-diagnostics")
    {
        Description = "At most this many diagnostics per file in text output, 0 for all",
        HelpName = "n",
        DefaultValueFactory = _ => Default,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            result.AddError($"--max-diagnostics '{text}' is not a whole number (0 or more; 0 prints every diagnostic).");
            return Default;
        },
    };
}
