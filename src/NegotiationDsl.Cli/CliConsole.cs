using System;
using System.IO;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Hosting.Output;

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

    /// <summary>The text in a colour when colour is on; the text itself is escaped like any other value.</summary>
    public TerminalText Paint(string text, string ansiCode)
    {
        var escaped = Text.PrintableText.Escape(text);
        return new TerminalText(UseColor ? $"\u001b[{ansiCode}m{escaped}\u001b[0m" : escaped);
    }

    /// <summary>A line on standard output; every value in it is escaped (<see cref="TerminalLine"/>).</summary>
    public void WriteLine(TerminalLine line) => Output.WriteLine(line.ToStringAndClear());

    /// <summary>A line on standard error; every value in it is escaped (<see cref="TerminalLine"/>).</summary>
    public void WriteErrorLine(TerminalLine line) => Error.WriteLine(line.ToStringAndClear());
}
