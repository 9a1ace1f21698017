using System.Collections.Generic;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.Output.Diff;

/// <summary>
/// Prints a <see cref="UnifiedDiff"/> on standard output: every line's hidden characters by code like any record text
/// negc prints (a tab stays a tab: indentation is what formatting changes most), in colour when colour is on.
/// </summary>
internal static class DiffWriter
{
    public static void Write(CliConsole console, string path, IReadOnlyList<DiffHunk> hunks)
    {
        foreach (var (kind, text) in UnifiedDiff.Lines(path, path, hunks))
        {
            var shown = new TerminalText(EscapeKeepingTabs(text));
            var painted = kind switch
            {
                DiffLineKind.FileHeader => console.Paint(shown, "1"),
                DiffLineKind.HunkHeader => console.Paint(shown, "36"),
                DiffLineKind.Removed => console.Paint(shown, "31"),
                DiffLineKind.Added => console.Paint(shown, "32"),
                _ => shown,
            };
            console.WriteLine($"{painted}");
        }
    }

    /// <summary><paramref name="text"/> with every hidden character but the tab written by code (<see cref="PrintableText"/>).</summary>
    public static string EscapeKeepingTabs(string text) => string.Join('\t', System.Array.ConvertAll(text.Split('\t'), PrintableText.Escape));
}
