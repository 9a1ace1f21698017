using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using NegotiationDsl.Text;

namespace NegotiationDsl.Hosting.Output;

/// <summary>
/// One line negc prints on a terminal or into a log, written as an interpolated string: the literal parts are
/// negc's own, and every value put into it (a path, a message, a record's text) is untrusted and is shown with
/// its hidden characters by code (<see cref="PrintableText"/>), so it can neither move the cursor, clear the
/// screen, set the window title nor start a line of its own. Only a <see cref="TerminalText"/>, text negc has made
/// ready for the terminal itself (its colours, an excerpt it escaped), goes in as it is.
/// </summary>
[InterpolatedStringHandler]
internal ref struct TerminalLine
{
    private DefaultInterpolatedStringHandler _text;

    public TerminalLine(int literalLength, int formattedCount) =>
        _text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted(TerminalText value) => _text.AppendLiteral(value.Text);

    public void AppendFormatted<T>(T value) => _text.AppendLiteral(PrintableText.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));

    public string ToStringAndClear() => _text.ToStringAndClear();
}

/// <summary>Text ready for the terminal as it is: escaped, with negc's own colour codes around it (<c>CliConsole.Paint</c> in negc).</summary>
internal readonly record struct TerminalText(string Text)
{
    public override string ToString() => Text;
}
