using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>
/// A file's records as JSON, one object per declaration and per statement with the same fields:
/// <c>{"id":"pledge_1","actors":["Dvorak"],"fields":{"commits":["a written answer"],"to":["Kuznetsov"],"by":["next_month"]}}</c>.
/// A field is named by its keywords (camelCase) and holds its values as written; a field written twice
/// (two <c>amount</c> clauses) holds the values of both. Reported speech is a nested object, a block an array.
/// </summary>
public static class JsonEquivalent
{
    // Non-ASCII text stays as it is, as in the .neg file: escaping it would inflate the JSON, not the facts.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The members as a JSON array; comments are left out, as JSON has none.</summary>
    public static byte[] Write(EquivalentFile file)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var member in file.Members) Member(writer, member);
            writer.WriteEndArray();
        }

        return stream.ToArray();
    }

    /// <summary>System.Text.Json, source-generated, reading a document into objects (unknown members rejected).</summary>
    public static List<JsonMember> Read(byte[] json) => JsonSerializer.Deserialize(json, EquivalentJsonContext.Default.ListJsonMember)!;

    private static void Member(Utf8JsonWriter writer, EquivalentMember member)
    {
        writer.WriteStartObject();
        if (member.Id is not null) writer.WriteString("id", member.Id);
        if (member.Actors is not null)
        {
            writer.WriteStartArray("actors");
            foreach (var actor in member.Actors) writer.WriteStringValue(actor);
            writer.WriteEndArray();
        }

        // Calls with the same keywords share a field, so the object has no duplicate member.
        var fields = new Dictionary<string, List<EquivalentValue>>();
        EquivalentMember? speech = null;
        foreach (var call in member.Calls)
        {
            var name = Camel(call.Words);
            if (!fields.TryGetValue(name, out var values)) fields.Add(name, values = []);
            foreach (var argument in call.Arguments)
            {
                if (argument.Kind == EquivalentValueKind.Speech) speech = argument.Speech;
                else values.Add(argument);
            }
        }

        writer.WriteStartObject("fields");
        foreach (var (name, values) in fields)
        {
            writer.WriteStartArray(name);
            foreach (var value in values) writer.WriteStringValue(value.Text);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (speech is not null)
        {
            writer.WritePropertyName("speech");
            Member(writer, speech);
        }

        if (member.Body is not null)
        {
            writer.WriteStartArray("body");
            foreach (var inner in member.Body) Member(writer, inner);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary><c>commits not to</c> as <c>commitsNotTo</c>.</summary>
    private static string Camel(List<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            foreach (var part in word.Split('_'))
            {
                if (part.Length == 0) continue;
                text.Append(text.Length == 0 ? char.ToLowerInvariant(part[0]) : char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
        }

        return text.ToString();
    }
}

/// <summary>What a consumer of <see cref="JsonEquivalent"/> reads one declaration or statement into.</summary>
public sealed class JsonMember
{
    public string? Id { get; set; }
    public List<string>? Actors { get; set; }
    public Dictionary<string, List<string>>? Fields { get; set; }
    public JsonMember? Speech { get; set; }
    public List<JsonMember>? Body { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<JsonMember>))]
public sealed partial class EquivalentJsonContext : JsonSerializerContext;
