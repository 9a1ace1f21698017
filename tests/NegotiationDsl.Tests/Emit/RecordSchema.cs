using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using NegotiationDsl.Tests.Infrastructure;
using Xunit.Sdk;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The JSON Schema of the records format (docs/schema), built once, and assertions against it.</summary>
internal static class RecordSchema
{
    public static readonly string Path = System.IO.Path.Combine(RepoPaths.Docs, "schema", "negotiation-records.v2.schema.json");

    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static string Text => File.ReadAllText(Path);

    /// <summary>Hierarchical output, so failures can be told from the failing branches of an <c>anyOf</c> that passes.</summary>
    private static EvaluationOptions Options => new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    public static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return LazySchema.Value.Evaluate(document.RootElement, Options);
    }

    public static void AssertValid(string json)
    {
        var results = Evaluate(json);
        if (!results.IsValid) throw new XunitException("The document is not valid against " + Path + ":\n" + Describe(results));
    }

    public static void AssertInvalid(string json, string expectedInstanceLocation)
    {
        var results = Evaluate(json);
        if (results.IsValid) throw new XunitException("The schema accepted a document it must reject.");
        var locations = Failures(results).Select(failure => failure.Location).ToList();
        if (!locations.Contains(expectedInstanceLocation))
            throw new XunitException($"Expected a failure at {expectedInstanceLocation}; got:\n{Describe(results)}");
    }

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", Failures(results).Select(failure => $"  {failure.Location}: {failure.Message}"));

    /// <summary>The errors of the failing nodes, descending only into failing nodes.</summary>
    private static IEnumerable<(string Location, string Message)> Failures(EvaluationResults results)
    {
        if (results.IsValid) yield break;
        foreach (var error in results.Errors ?? new Dictionary<string, string>())
            yield return (results.InstanceLocation.ToString(), $"{error.Key}: {error.Value}");
        foreach (var failure in (results.Details ?? Enumerable.Empty<EvaluationResults>()).SelectMany(Failures))
            yield return failure;
    }
}
