using System;
using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.Hosting;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Writes diagnostics in the canonical one-line form (<c>path(line,col): error NEG1001: message</c>) that
/// MSBuild and editors parse; on a terminal, each is followed by the source line and a caret.
/// </summary>
internal static class DiagnosticTextWriter
{
    /// <param name="maxPerFile">At most this many diagnostics of one file are printed, 0 for all; a line per file counts the rest.</param>
    public static void Write(CliConsole console, IEnumerable<Diagnostic> diagnostics, int maxPerFile = 0)
    {
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var file = location.FilePath;
            var count = printed.GetValueOrDefault(file);
            if (maxPerFile > 0 && count >= maxPerFile)
            {
                left[file] = left.GetValueOrDefault(file) + 1;
                continue;
            }

            printed[file] = count + 1;
            if (!console.UseColor) console.WriteLine($"{diagnostic}");
            else
            {
                // The canonical line with only the severity coloured (FORCE_COLOR colours it in a pipe too).
                var severity = Diagnostic.SeverityText(diagnostic.Severity);
                var painted = console.Paint(severity, diagnostic.Severity == DiagnosticSeverity.Error ? "1;31" : diagnostic.Severity == DiagnosticSeverity.Warning ? "1;33" : "1;36");
                if (location.Kind == LocationKind.None) console.WriteLine($"{painted} {diagnostic.Code}: {diagnostic.Message}");
                else console.WriteLine($"{location.ToString()}: {painted} {diagnostic.Code}: {diagnostic.Message}");
            }

            if (console.IsTerminal && location.Text is { } text) WriteExcerpt(console, diagnostic, text);
        }

        foreach (var (file, count) in left)
            console.WriteLine($"{file}: {count} more {(count == 1 ? "diagnostic" : "diagnostics")} not shown (--max-diagnostics {maxPerFile}; 0 shows all).");
    }

    /// <summary>Usage and I/O errors, one line each on the error stream (<see cref="ToolErrorText.Line"/>).</summary>
    public static void WriteToolErrors(CliConsole console, IEnumerable<Diagnostic> errors)
    {
        foreach (var error in errors) console.WriteErrorLine($"{ToolErrorText.Line(error)}");
    }

    /// <summary>The counts line; <paramref name="toolErrors"/> (files that could not be read, ...) count as errors, as their exit code says.</summary>
    public static void WriteSummary(CliConsole console, int fileCount, IReadOnlyCollection<Diagnostic> diagnostics, int toolErrors = 0)
    {
        var errors = toolErrors;
        var warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
            else if (diagnostic.Severity == DiagnosticSeverity.Warning) warnings++;
        }

        console.WriteLine($"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")} in {fileCount} {(fileCount == 1 ? "file" : "files")}.");
    }

    private static void WriteExcerpt(CliConsole console, Diagnostic diagnostic, SourceText text)
    {
        var start = diagnostic.Location.LineSpan.Start;
        var line = text.GetLineSpan(start.Line);
        const int MaxShown = 160;
        var offset = 0;
        // Show a window around the caret of very long lines rather than the whole line (and copy only the window:
        // a thousand diagnostics on one line of a megabyte would otherwise copy the megabyte a thousand times).
        if (line.Length > MaxShown) offset = Math.Max(0, Math.Min(start.Character - (MaxShown / 2), line.Length - MaxShown));
        var lineText = text.ToString(new TextSpan(line.Start + offset, Math.Min(line.Length, MaxShown)));

        var number = (start.Line + 1).ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var caretColumn = Math.Max(0, start.Character - offset);
        var width = Math.Max(1, Math.Min(diagnostic.Location.Span.Length, Math.Max(1, lineText.Length - caretColumn)));
        var (shown, indent, caret) = Excerpt.Show(lineText, caretColumn, width);
        console.WriteLine($" {number} | {new TerminalText(shown)}");
        console.WriteLine($" {gutter} | {new TerminalText(indent)}{console.Paint(new string('^', caret), "1;32")}");
    }
}
