using System;
using System.IO;

namespace NegotiationDsl.Cli;

/// <summary>Where the CLI writes, and whether a person is watching (then excerpts and colour are added).</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool isTerminal, bool? useColor = null)
    {
        Output = output;
        Error = error;
        IsTerminal = isTerminal;
        UseColor = useColor ?? (isTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public bool IsTerminal { get; }
    public bool UseColor { get; }

    public string Paint(string text, string ansiCode) => UseColor ? $"\u001b[{ansiCode}m{text}\u001b[0m" : text;
}
