using System;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary>
/// Whether negc colours what it prints. The first that speaks decides: <c>--no-color</c>, then <c>NO_COLOR</c> (any
/// non-empty value: no colour), then <c>FORCE_COLOR</c> (any non-empty value but <c>0</c> and <c>false</c>: colour even
/// into a pipe, for CI logs that show it; <c>0</c> or <c>false</c>: none), then whether standard output is a terminal.
/// </summary>
internal static class ColorChoice
{
    public const string NoColorVariable = "NO_COLOR";
    public const string ForceColorVariable = "FORCE_COLOR";

    public static bool Decide(bool noColorOption, string? noColor, string? forceColor, bool isTerminal)
    {
        if (noColorOption || !string.IsNullOrEmpty(noColor)) return false;
        if (!string.IsNullOrEmpty(forceColor)) return forceColor is not ("0" or "false");
        return isTerminal;
    }

    /// <summary>The choice with the variables of this process.</summary>
    public static bool FromEnvironment(bool isTerminal) =>
        Decide(noColorOption: false, Environment.GetEnvironmentVariable(NoColorVariable), Environment.GetEnvironmentVariable(ForceColorVariable), isTerminal);
}
