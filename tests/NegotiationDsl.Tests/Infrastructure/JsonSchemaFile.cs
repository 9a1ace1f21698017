using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Xunit.Sdk;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>
/// One JSON Schema file of docs/schema and assertions against it. The schemas it refers to (the status schema uses the
/// records schema's dates, sources and quantities) are built first into the same registry, so a reference by
/// <c>$id</c> finds the file beside it and never the network.
/// </summary>
internal sealed class JsonSchemaFile
{
    private readonly JsonSchema _schema;

    public JsonSchemaFile(string path, params string[] referencedPaths)
    {
        Path = path;
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var referenced in referencedPaths) JsonSchema.FromText(File.ReadAllText(referenced), options);
        _schema = JsonSchema.FromText(File.ReadAllText(path), options);
    }

    public string Path { get; }

    /// <summary>Hierarchical output, so failures can be told from the failing branches of an <c>anyOf</c> that passes.</summary>
    private static EvaluationOptions Options => new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    public EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return _schema.Evaluate(document.RootElement, Options);
    }

    public void AssertValid(string json)
    {
        var results = Evaluate(json);
        if (!results.IsValid) throw new XunitException("The document is not valid against " + Path + ":\n" + Describe(results));
    }

    public void AssertInvalid(string json, string expectedInstanceLocation)
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
