using System;
using System.IO;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;

namespace NegotiationDsl.Tests.Cli;

/// <summary>The JSON Schema of <c>negc status --format json</c> (docs/schema), with the records schema it refers to, built once.</summary>
internal static class StatusSchema
{
    public static readonly string Path = System.IO.Path.Combine(RepoPaths.Docs, "schema", "negotiation-status.v1.schema.json");

    private static readonly Lazy<JsonSchemaFile> LazySchema = new(() => new JsonSchemaFile(Path, RecordSchema.Path));

    public static string Text => File.ReadAllText(Path);

    public static void AssertValid(string json) => LazySchema.Value.AssertValid(json);

    public static void AssertInvalid(string json, string expectedInstanceLocation) => LazySchema.Value.AssertInvalid(json, expectedInstanceLocation);
}
