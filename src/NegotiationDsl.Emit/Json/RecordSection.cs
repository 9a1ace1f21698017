using System.Text.Json;

namespace NegotiationDsl.Emit.Json;

/// <summary><c>records</c>: one entry per file, in the compilation's order, with the citation from its header.</summary>
internal static class RecordSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        json.WriteStartArray("records");
        foreach (var record in context.Compilation.Records)
        {
            json.WriteStartObject();
            json.WriteText("path", context.Compilation.GetOutputPath(record.FilePath));
            Citation.Write(json, record);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
