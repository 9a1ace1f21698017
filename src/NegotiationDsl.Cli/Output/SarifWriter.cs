using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// Diagnostics as SARIF 2.1.0, the format CI code-scanning dashboards read: one run of the negc tool,
/// a rule per code used (with its title and help link), a result per diagnostic with its region and its properties.
/// Columns count UTF-16 code units, as editors and our positions do.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="toolErrors">Problems of the run rather than of a record (a path not found, a file not read): results
    /// like the others, located at the file they are about (without a region) or nowhere, and the invocation then did
    /// not succeed.</param>
    /// <param name="roots">The compilations' root folders, which results are relative to (<see cref="SarifRoots"/>).</param>
    public static void Write(TextWriter output, IReadOnlyCollection<Diagnostic> diagnostics, IReadOnlyCollection<Diagnostic> toolErrors, SarifRoots? roots = null)
    {
        roots ??= SarifRoots.None;
        var all = toolErrors.Concat(diagnostics).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, all);
            WriteInvocation(json, succeeded: toolErrors.Count == 0);
            roots.WriteBaseIds(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in all) WriteResult(json, diagnostic, roots);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "negc");
        json.WriteString("version", typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var descriptor in diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Code, System.StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Code);
            json.WriteString("name", Name(descriptor.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            // The help link is relative to the repository (docs/diagnostics.md#neg2001); SARIF's helpUri must be
            // absolute, so the link goes into the help text instead.
            json.WriteStartObject("help");
            json.WriteString("text", $"{descriptor.Title}: see {descriptor.HelpLink}");
            json.WriteString("markdown", $"{descriptor.Title}: see [{descriptor.Code}]({descriptor.HelpLink})");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, bool succeeded)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", succeeded);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, SarifRoots roots)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (location.Kind != LocationKind.None)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            roots.WriteArtifactLocation(json, location.FilePath);
            if (location.IsInSource) WriteRegion(json, location);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteProperties(diagnostic);

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, Location location)
    {
        var span = location.LineSpan;
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A rule name in the PascalCase SARIF suggests: "Unknown name" → "UnknownName".</summary>
    private static string Name(string title) =>
        string.Concat(title.Split(' ', '-', '\'', '.', ',').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
}
