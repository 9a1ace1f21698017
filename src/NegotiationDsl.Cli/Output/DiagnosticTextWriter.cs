using System;
using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Writes diagnostics in the canonical one-line form (<c>path(line,col): error NEG1001: message</c>) that
/// MSBuild and editors parse; on a terminal, each is followed by the source line and a caret.
/// </summary>
internal static class DiagnosticTextWriter
{
    public static void Write(CliConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var severity = Diagnostic.SeverityText(diagnostic.Severity);
            if (!console.IsTerminal)
            {
                console.Output.WriteLine(diagnostic.ToString());
                continue;
            }

            var painted = console.Paint(severity, diagnostic.Severity == DiagnosticSeverity.Error ? "1;31" : diagnostic.Severity == DiagnosticSeverity.Warning ? "1;33" : "1;36");
            console.Output.WriteLine($"{location.FilePath}({location.LineSpan.Start.ToString()}): {painted} {diagnostic.Code}: {diagnostic.Message}");
            WriteExcerpt(console, diagnostic);
        }
    }

    /// <summary>Usage and I/O errors, one line each on the error stream.</summary>
    public static void WriteToolErrors(CliConsole console, IEnumerable<ToolError> errors)
    {
        foreach (var error in errors) console.Error.WriteLine(error.ToString());
    }

    public static void WriteSummary(CliConsole console, int fileCount, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
            else if (diagnostic.Severity == DiagnosticSeverity.Warning) warnings++;
        }

        console.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1}, {2} {3} in {4} {5}.",
            errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
            fileCount, fileCount == 1 ? "file" : "files"));
    }

    private static void WriteExcerpt(CliConsole console, Diagnostic diagnostic)
    {
        var text = diagnostic.Location.Text;
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
        console.Output.WriteLine($" {number} | {Sanitize(lineText)}");
        console.Output.WriteLine($" {gutter} | {Indent(lineText, caretColumn)}{console.Paint(new string('^', width), "1;32")}");
    }

    /// <summary>Tabs keep their width so the caret lines up; other control characters are shown as spaces.</summary>
    private static string Indent(string line, int column)
    {
        var chars = new char[Math.Min(column, line.Length)];
        for (var i = 0; i < chars.Length; i++) chars[i] = line[i] == '\t' ? '\t' : ' ';
        return new string(chars) + new string(' ', Math.Max(0, column - line.Length));
    }

    private static string Sanitize(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\t' && (char.IsControl(chars[i]) || char.GetUnicodeCategory(chars[i]) == UnicodeCategory.Format)) chars[i] = ' ';
        }

        return new string(chars);
    }
}
