using System.Collections.Generic;

namespace NegotiationDsl.Cli.Commands;

internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>What <c>negc check</c> was asked to do.</summary>
internal sealed record CheckArguments(IReadOnlyList<string> Paths, OutputFormat Format);
