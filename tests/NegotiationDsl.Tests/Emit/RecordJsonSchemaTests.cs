using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The schema is valid draft 2020-12, documents every property, is closed, and rejects what it must.</summary>
public sealed class RecordJsonSchemaTests
{
    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(RecordSchema.Text);

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, RecordSchema.Describe(results));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.EndsWith("/negotiation-records.v2.schema.json", schema.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_version_is_the_writers()
    {
        using var schema = JsonDocument.Parse(RecordSchema.Text);

        Assert.Equal(RecordJsonWriter.SchemaVersion, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());
    }

    [Fact]
    public void Every_object_is_closed_and_every_property_has_a_title_and_a_description()
    {
        var problems = new List<string>();
        Walk(JsonNode.Parse(RecordSchema.Text)!, "#", problems);

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_statement_kind_is_an_event_kind_of_the_schema()
    {
        using var schema = JsonDocument.Parse(RecordSchema.Text);
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("event").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(kind => kind.GetString()).ToList();

        Assert.Equal(kinds.OrderBy(k => k, StringComparer.Ordinal),
            Enum.GetValues<StatementKind>().Select(kind => EventCoding.For(kind).Kind).Append(EventCoding.Meeting.Kind).OrderBy(k => k, StringComparer.Ordinal));
    }

    /// <summary>Ways to break a valid document, each with the instance location the schema must report.</summary>
    private static readonly Dictionary<string, (string Location, Action<JsonObject> Break)> BreakageTable = new()
    {
        ["a wrong schema version"] = ("/schemaVersion", root => root["schemaVersion"] = "1.0"),
        ["an extra property at the top"] = ("/extra", root => root["extra"] = true),
        ["an extra property in an event"] = ("/events/0/extra", root => Event(root)["extra"] = 1),
        ["a missing section"] = ("", root => root.Remove("commitments")),
        ["an unknown event kind"] = ("/events/0/kind", root => Event(root)["kind"] = "speech"),
        ["a date that is not ISO"] = ("/events/0/date", root => Event(root)["date"] = "21.01.2022"),
        ["an unknown precision"] = ("/events/0/datePrecision", root => Event(root)["datePrecision"] = "fortnight"),
        ["a reported act on a statement that is not reported speech"] = ("/events/0/reported", root => Event(root)["reported"] = new JsonObject()),
        ["an actor list that is a string"] = ("/events/0/actors", root => Event(root)["actors"] = "Blinken"),
        ["a person with a party kind"] = ("/actors/0/partyKind", root => Person(root)["partyKind"] = "state"),
        ["a version with build metadata"] = ("/generator/version", root => root["generator"]!["version"] = "0.1.0+5f3c2a1"),
        ["a PLOVER type that does not exist"] = ("/events/0/plover/eventType", root => Event(root)["plover"] = new JsonObject { ["eventType"] = "GREET", ["mode"] = null }),
    };

    public static IEnumerable<object[]> Breakages() => BreakageTable.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_schema_rejects(string breakage)
    {
        var (location, breakIt) = BreakageTable[breakage];
        var root = JsonNode.Parse(RecordJsonWriter.Write(AllConstructs(), "all-constructs"))!.AsObject();
        RecordSchema.AssertValid(root.ToJsonString());

        breakIt(root);

        RecordSchema.AssertInvalid(root.ToJsonString(), location);
    }

    /// <summary>A valid document to break: the sample that holds every construct of the language once.</summary>
    internal static Compilation AllConstructs() =>
        Binding.BindingHelper.Compile(File.ReadAllText(Path.Combine(RepoPaths.Samples, "all-constructs", "main.neg")));

    /// <summary>The first commitment event, moved to the front so the expected location is /events/0.</summary>
    private static JsonObject Event(JsonObject root) => MoveToFront(root, "events", e => (string?)e["kind"] == "commitment");

    private static JsonObject Person(JsonObject root) => MoveToFront(root, "actors", a => (string?)a["type"] == "person");

    private static JsonObject MoveToFront(JsonObject root, string section, Func<JsonObject, bool> predicate)
    {
        var items = root[section]!.AsArray();
        var item = items.Select(node => node!.AsObject()).First(predicate);
        items.Remove(item);
        items.Insert(0, item);
        return item;
    }

    internal static void Walk(JsonNode node, string path, List<string> problems)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item) Walk(item, $"{path}/{i}", problems);
            }

            return;
        }

        if (node is not JsonObject schema) return;
        var isObject = schema["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "object";
        if (isObject && schema["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
            problems.Add(path + ": an object without \"additionalProperties\": false");
        if (isObject && schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (property is not JsonObject documented || documented["title"] is null || documented["description"] is null)
                    problems.Add($"{path}/properties/{name}: no title or no description");
            }
        }

        foreach (var (name, child) in schema)
        {
            if (child is not null) Walk(child, path + "/" + name, problems);
        }
    }
}
