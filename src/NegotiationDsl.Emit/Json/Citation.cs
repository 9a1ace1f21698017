using System.Text.Json;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary><c>citation</c>: where a record's facts come from, as its header says; null for a file without one.</summary>
internal static class Citation
{
    public static void Write(Utf8JsonWriter json, RecordSymbol record)
    {
        if (record.HeaderLocation is null)
        {
            json.WriteNull("citation");
            return;
        }

        json.WriteStartObject("citation");
        json.WriteText("title", record.Title);
        json.WriteText("publication", record.Source);
        CitedSources.Write(json, record.Sources);
        json.WriteText("url", record.Url);
        json.WriteText("language", record.Language);
        json.WriteInterval("published", record.Published);
        json.WriteEndObject();
    }
}
