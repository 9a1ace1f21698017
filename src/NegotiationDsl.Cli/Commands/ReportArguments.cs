using System.Collections.Generic;
using NegotiationDsl.Cli.CommandLine;

namespace NegotiationDsl.Cli.Commands;

/// <summary><c>--format</c>: all, or one row of <see cref="NegotiationDsl.Reports.ReportFormats"/> by its name (a test compares them).</summary>
internal enum ReportFormat
{
    All,
    Md,
    Html,
    Csv,
}

/// <summary>What <c>negc report</c> was asked to do.</summary>
/// <param name="PathsFrom">A file listing more paths (<see cref="Input.PathList"/>), as the build integration passes them.</param>
/// <param name="MaxDiagnostics">At most this many diagnostics of a file are printed; 0 for all.</param>
internal sealed record ReportArguments(IReadOnlyList<string> Paths, string OutputDirectory, ReportFormat Format, string? AsOf, string? PathsFrom = null, int MaxDiagnostics = MaxDiagnosticsOption.Default);
