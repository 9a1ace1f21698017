using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Tests.Editor;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Input;

/// <summary>
/// The schemas of negconfig.json and negarchive.json in docs/schema/, with which the editor validates those files, say
/// what the loaders read: the same keys and severities, and every such file of the repository is valid against them.
/// </summary>
public sealed class ConfigSchemaTests
{
    private static readonly string ConfigSchemaPath = Path.Combine(RepoPaths.Docs, "schema", "negconfig.schema.json");
    private static readonly string ArchiveSchemaPath = Path.Combine(RepoPaths.Docs, "schema", "negarchive.schema.json");

    public static TheoryData<string, string> RepositoryConfigs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { RepoPaths.Examples, Path.Combine(RepoPaths.Root, "tests") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name != NegConfig.FileName && name != ArchiveRoot.FileName) continue;
                if (file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules")) continue;
                data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'), name);
            }
        }

        return data;
    }

    [Fact]
    public void The_repository_has_configs_of_both_kinds_to_check()
    {
        var names = RepositoryConfigs().Select(row => (string)row[1]).ToHashSet();

        Assert.Contains(NegConfig.FileName, names);
        Assert.Contains(ArchiveRoot.FileName, names);
    }

    [Theory]
    [MemberData(nameof(RepositoryConfigs))]
    public void Every_config_of_the_repository_is_valid_against_its_schema(string path, string name)
    {
        var results = Evaluate(SchemaPathFor(name), File.ReadAllText(Path.Combine(RepoPaths.Root, path)));

        Assert.True(results.IsValid, $"{path} is not valid against {SchemaPathFor(name)}");
    }

    [Theory]
    [InlineData("""{ "root": true, "diagnostics": { "NEG2009": "none", "NEG2007": "error", "NEG5049": "hidden" } }""")]
    [InlineData("""{ "diagnostics": { "NEG4001": "warning", "NEG2012": "info" } }""")]
    [InlineData("{}")]
    public void The_config_schema_accepts_what_the_docs_show(string json) =>
        Assert.True(Evaluate(ConfigSchemaPath, json).IsValid, json);

    [Theory]
    [InlineData("""{ "roots": true }""")]
    [InlineData("""{ "Diagnostics": { "NEG2009": "none" } }""")]
    [InlineData("""{ "diagnostic": { "NEG2009": "none" } }""")]
    [InlineData("""{ "diagnostics": { "NEG2009": "off" } }""")]
    [InlineData("""{ "diagnostics": { "NEG2009": "Error" } }""")]
    [InlineData("""{ "diagnostics": { "neg2009": "none" } }""")]
    [InlineData("""{ "diagnostics": { "NEG1001": "none" } }""")]
    [InlineData("""{ "root": "yes" }""")]
    public void The_config_schema_rejects_misspelt_keys_and_values(string json) =>
        Assert.False(Evaluate(ConfigSchemaPath, json).IsValid, json);

    [Theory]
    [InlineData("""{ "name": "Geneva talks" }""", true)]
    [InlineData("{}", true)]
    [InlineData("""{ "title": "Geneva talks" }""", false)]
    [InlineData("""{ "Name": "Geneva talks" }""", false)]
    [InlineData("""{ "name": 7 }""", false)]
    public void The_archive_schema_accepts_a_name_only(string json, bool valid) =>
        Assert.Equal(valid, Evaluate(ArchiveSchemaPath, json).IsValid);

    [Fact]
    public void The_config_schema_has_the_keys_and_severities_the_loader_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(ConfigSchemaPath))!;
        var severities = schema["properties"]!["diagnostics"]!["additionalProperties"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>());

        Assert.Equal(NegConfig.Keys.Order(StringComparer.Ordinal), PropertyNames(schema));
        Assert.Equal(NegConfig.Severities.Keys.Order(StringComparer.Ordinal), severities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_archive_schema_has_the_keys_the_loader_reads() =>
        Assert.Equal(ArchiveRoot.Keys.Order(StringComparer.Ordinal), PropertyNames(JsonNode.Parse(File.ReadAllText(ArchiveSchemaPath))!));

    [Fact]
    public void Both_schemas_are_valid_draft_2020_12_schemas_that_close_their_objects()
    {
        foreach (var path in new[] { ConfigSchemaPath, ArchiveSchemaPath })
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(MetaSchemas.Draft202012.Evaluate(schema.RootElement).IsValid, path);
            Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean(), path);
            Assert.EndsWith("/" + Path.GetFileName(path), schema.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_extension_validates_each_file_with_the_schema_of_docs()
    {
        // The extension ships a copy of docs/schema made when it is compiled: it names the files, never a second schema.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(EditorSnippets.ExtensionFolder, "package.json")));
        var validations = manifest.RootElement.GetProperty("contributes").GetProperty("jsonValidation").EnumerateArray()
            .ToDictionary(validation => validation.GetProperty("fileMatch").GetString()!, validation => validation.GetProperty("url").GetString()!);

        Assert.Equal(
            new Dictionary<string, string>
            {
                [NegConfig.FileName] = "./schemas/" + Path.GetFileName(ConfigSchemaPath),
                [ArchiveRoot.FileName] = "./schemas/" + Path.GetFileName(ArchiveSchemaPath),
            },
            validations);
    }

    private static string SchemaPathFor(string fileName) => fileName == NegConfig.FileName ? ConfigSchemaPath : ArchiveSchemaPath;

    private static IEnumerable<string> PropertyNames(JsonNode schema) =>
        schema["properties"]!.AsObject().Select(property => property.Key).Order(StringComparer.Ordinal);

    private static EvaluationResults Evaluate(string schemaPath, string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        // The loaders allow comments and trailing commas, so the files may have them.
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return schema.Evaluate(document.RootElement);
    }
}
