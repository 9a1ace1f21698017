using System.Text;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// A source line as a terminal shows it under a diagnostic: hidden characters by code (<see cref="PrintableText"/>),
/// tabs kept so the caret lines up with them, and the caret's indent and width counted in the shown text.
/// </summary>
internal static class Excerpt
{
    /// <returns>The line as shown, the indent before the caret (spaces and the line's tabs) and the caret's width.</returns>
    public static (string Shown, string Indent, int CaretWidth) Show(string line, int caretColumn, int caretLength)
    {
        var shown = new StringBuilder(line.Length + 16);
        var indent = new StringBuilder(caretColumn);
        var caretWidth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var before = shown.Length;
            var length = char.IsSurrogatePair(line, i) ? 2 : 1;
            if (line[i] != '\t' && PrintableText.IsHidden(line, i)) PrintableText.AppendCode(shown, line, i);
            else shown.Append(line, i, length);

            // A character is as wide as what is shown for it; a pair counts two, as its two columns of the diagnostic.
            var width = shown.Length - before;
            if (i < caretColumn) indent.Append(line[i] == '\t' ? '\t' : ' ', width);
            else if (i < caretColumn + caretLength) caretWidth += width;
            i += length - 1;
        }

        indent.Append(' ', System.Math.Max(0, caretColumn - line.Length));
        return (shown.ToString(), indent.ToString(), System.Math.Max(1, caretWidth));
    }
}
