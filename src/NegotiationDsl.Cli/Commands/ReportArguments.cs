using System.Collections.Generic;

namespace NegotiationDsl.Cli.Commands;

internal enum ReportFormat
{
    All,
    Md,
    Html,
    Csv,
}

/// <summary>What <c>negc report</c> was asked to do.</summary>
/// <param name="PathsFrom">A file listing more paths (<see cref="Input.PathList"/>), as the build integration passes them.</param>
internal sealed record ReportArguments(IReadOnlyList<string> Paths, string OutputDirectory, ReportFormat Format, string? AsOf, string? PathsFrom = null);
