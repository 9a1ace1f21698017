using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting;

namespace NegotiationDsl.Cli.Output;

/// <summary>Diagnostics as JSON for machines: one object with a format version, counts and a list.</summary>
internal static class DiagnosticJsonWriter
{
    public const int FormatVersion = 1;

    public static void Write(TextWriter output, int fileCount, IReadOnlyCollection<Diagnostic> diagnostics, IReadOnlyCollection<ToolError> toolErrors)
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
                var span = diagnostic.Location.LineSpan;
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Location.FilePath);
                json.WriteNumber("line", span.Start.Line + 1);
                json.WriteNumber("column", span.Start.Character + 1);
                json.WriteNumber("endLine", span.End.Line + 1);
                json.WriteNumber("endColumn", span.End.Character + 1);
                json.WriteNumber("offset", diagnostic.Location.Span.Start);
                json.WriteNumber("length", diagnostic.Location.Span.Length);
                json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("toolErrors");
            foreach (var error in toolErrors) json.WriteStringValue(error.ToString());
            json.WriteEndArray();
            json.WriteNumber("errorCount", errors);
            json.WriteNumber("warningCount", warnings);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
