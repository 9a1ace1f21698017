using System;
using System.IO;
using NegotiationDsl.Cli.CommandLine;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli;

/// <summary>
/// Where the CLI reads and writes, and whether a person is watching: excerpts on a terminal, colour as
/// <see cref="ColorChoice"/> decides, and a progress line on standard error when that is a terminal.
/// </summary>
internal sealed class CliConsole
{
    // A progress line longer than the terminal would wrap, and a carriage return then clears only its last row.
    private const int MaxProgressWidth = 72;
    private const long ProgressInterval = 100;

    private int _progressWidth;
    private long? _progressDrawn;

    public CliConsole(TextWriter output, TextWriter error, bool isTerminal, bool? useColor = null)
    {
        Output = output;
        Error = error;
        IsTerminal = isTerminal;
        UseColor = useColor ?? ColorChoice.FromEnvironment(isTerminal);
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public bool IsTerminal { get; }
    public bool UseColor { get; private set; }

    /// <summary>Opens standard input, read only for the record of <c>-</c>.</summary>
    public Func<Stream> OpenInput { get; init; } = () => Stream.Null;

    /// <summary>Whether standard error is a terminal: only then do long commands show how far they are.</summary>
    public bool ShowsProgress { get; init; }

    /// <summary><c>--no-color</c> was given.</summary>
    public void TurnColorOff() => UseColor = false;

    /// <summary>The text in a colour when colour is on; the text itself is escaped like any other value.</summary>
    public TerminalText Paint(string text, string ansiCode) => Paint(new TerminalText(PrintableText.Escape(text)), ansiCode);

    /// <summary>Text already escaped for the terminal, in a colour when colour is on.</summary>
    public TerminalText Paint(TerminalText text, string ansiCode) => UseColor ? new TerminalText($"\u001b[{ansiCode}m{text.Text}\u001b[0m") : text;

    /// <summary>A line on standard output; every value in it is escaped (<see cref="TerminalLine"/>).</summary>
    public void WriteLine(TerminalLine line)
    {
        ClearProgress();
        Output.WriteLine(line.ToStringAndClear());
    }

    /// <summary>A line on standard error; every value in it is escaped (<see cref="TerminalLine"/>).</summary>
    public void WriteErrorLine(TerminalLine line)
    {
        ClearProgress();
        Error.WriteLine(line.ToStringAndClear());
    }

    /// <summary>
    /// Replaces the progress line on standard error with <paramref name="step"/> (escaped, cut to fit), at most every
    /// tenth of a second; nothing at all unless <see cref="ShowsProgress"/>. Every line printed clears it first.
    /// </summary>
    public void Progress(string step)
    {
        if (!ShowsProgress) return;
        var now = Environment.TickCount64;
        if (now - _progressDrawn < ProgressInterval) return;
        _progressDrawn = now;
        var shown = PrintableText.Escape(step);
        if (shown.Length > MaxProgressWidth) shown = shown[..(MaxProgressWidth - 3)] + "...";
        Error.Write("\r" + shown.PadRight(_progressWidth));
        Error.Flush();
        _progressWidth = shown.Length;
    }

    /// <summary>Blanks the progress line, if one is shown, and puts the cursor back at its start.</summary>
    public void ClearProgress()
    {
        if (_progressWidth == 0) return;
        Error.Write("\r" + new string(' ', _progressWidth) + "\r");
        Error.Flush();
        _progressWidth = 0;
        _progressDrawn = null;
    }
}
