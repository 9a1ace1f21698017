using System;
using System.IO;
using NegotiationDsl.Tests.Infrastructure;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The JSON Schema of the records format (docs/schema), built once, and assertions against it.</summary>
internal static class RecordSchema
{
    public static readonly string Path = System.IO.Path.Combine(RepoPaths.Docs, "schema", "negotiation-records.v2.schema.json");

    private static readonly Lazy<JsonSchemaFile> LazySchema = new(() => new JsonSchemaFile(Path));

    public static string Text => File.ReadAllText(Path);

    public static Json.Schema.EvaluationResults Evaluate(string json) => LazySchema.Value.Evaluate(json);

    public static void AssertValid(string json) => LazySchema.Value.AssertValid(json);

    public static void AssertInvalid(string json, string expectedInstanceLocation) => LazySchema.Value.AssertInvalid(json, expectedInstanceLocation);

    public static string Describe(Json.Schema.EvaluationResults results) => JsonSchemaFile.Describe(results);
}
