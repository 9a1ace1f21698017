using System.Collections.Generic;
using NegotiationDsl.Cli.CommandLine;

namespace NegotiationDsl.Cli.Commands;

internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>What <c>negc check</c> was asked to do.</summary>
/// <param name="MaxDiagnostics">At most this many diagnostics of a file in text output; 0 for all.</param>
/// <param name="StdinName">The file the record of <c>-</c> stands for (<see cref="StandardInputArgument"/>).</param>
internal sealed record CheckArguments(IReadOnlyList<string> Paths, OutputFormat Format, int MaxDiagnostics = MaxDiagnosticsOption.Default, string? StdinName = null);
