using System.Collections.Immutable;
using System.Text.Json;
using NegotiationDsl.Model;

namespace NegotiationDsl.Emit.Json;

/// <summary><c>sources</c>: every source named for a record, gathering or statement, with its stance and grade.</summary>
internal static class CitedSources
{
    public static void Write(Utf8JsonWriter json, ImmutableArray<CitedSource> sources)
    {
        json.WritePropertyName("sources");
        WriteValue(json, sources);
    }

    /// <summary>The list alone, for a property another document names.</summary>
    public static void WriteValue(Utf8JsonWriter json, ImmutableArray<CitedSource> sources)
    {
        json.WriteStartArray();
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteText("name", source.Name);
            json.WriteString("stance", source.Stance == SourceStance.Reports ? "reports" : "disputes");
            if (source.Grade is { } grade)
            {
                json.WriteString("grade", grade.ToString());
                json.WriteString("reliability", grade.Reliability.ToString());
                json.WriteNumber("credibility", grade.Credibility);
            }
            else
            {
                json.WriteNull("grade");
                json.WriteNull("reliability");
                json.WriteNull("credibility");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
