using System.Text.Json;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Cli.Output;

/// <summary>A diagnostic's properties as a JSON object: the same in negc's JSON and as a SARIF result's property bag.</summary>
internal static class DiagnosticPropertiesJson
{
    /// <summary>Writes <c>"properties": { key: value, ... }</c> in key order, or nothing when there are none.</summary>
    public static void WriteProperties(this Utf8JsonWriter json, Diagnostic diagnostic)
    {
        if (diagnostic.Properties.Count == 0) return;
        json.WriteStartObject("properties");
        foreach (var (key, value) in diagnostic.Properties) json.WriteString(key, value);
        json.WriteEndObject();
    }
}
