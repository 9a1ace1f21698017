using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Diagnostics as JSON for machines: one object with a format version, the record diagnostics, the tool errors
/// (the same shape: a tool error has no position, and a path only when it is about a file) and the counts.
/// </summary>
internal static class DiagnosticJsonWriter
{
    /// <summary>2: tool errors are diagnostic objects (they were preformatted strings), and diagnostics carry their properties.</summary>
    public const int FormatVersion = 2;

    public static void Write(TextWriter output, int fileCount, IReadOnlyCollection<Diagnostic> diagnostics, IReadOnlyCollection<Diagnostic> toolErrors)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            var errors = 0;
            var warnings = 0;
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteNumber("files", fileCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
                else if (diagnostic.Severity == DiagnosticSeverity.Warning) warnings++;
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartArray("toolErrors");
            foreach (var error in toolErrors) WriteDiagnostic(json, error);
            json.WriteEndArray();
            json.WriteNumber("errorCount", errors);
            json.WriteNumber("warningCount", warnings);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        if (location.Kind != LocationKind.None) json.WriteString("path", location.FilePath);
        if (location.IsInSource)
        {
            var span = location.LineSpan;
            json.WriteNumber("line", span.Start.Line + 1);
            json.WriteNumber("column", span.Start.Character + 1);
            json.WriteNumber("endLine", span.End.Line + 1);
            json.WriteNumber("endColumn", span.End.Character + 1);
            json.WriteNumber("offset", location.Span.Start);
            json.WriteNumber("length", location.Span.Length);
        }

        json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
        json.WriteProperties(diagnostic);

        json.WriteEndObject();
    }
}
