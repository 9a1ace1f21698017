using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Cli;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class SarifTests : CliTestBase
{
    internal static readonly Lazy<NJsonSchema.JsonSchema> Schema = new(() => NJsonSchema.JsonSchema.FromFileAsync(
        Path.Combine(RepoPaths.Root, "tests", "sarif-schema", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json")).GetAwaiter().GetResult());

    [Fact]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema_and_carries_each_diagnostic()
    {
        var file = Path.Combine(Folder, "broken.neg");
        File.WriteAllText(file, "person Blinken;\nmeeting Geneva < Blinkin says \"x\" $ ; >\n" + HostileStrings.NegLiteral(HostileStrings.Named("script end tag").Value) + "\n");

        var (exitCode, output, _) = Run("check", "--format", "sarif", file);

        Assert.Equal(1, exitCode);
        var errors = Schema.Value.Validate(output);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + output);
        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("negc", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var unknown = results.Single(r => r.GetProperty("ruleId").GetString() == "NEG2001");
        var region = unknown.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(18, region.GetProperty("startColumn").GetInt32());
        Assert.Equal("error", unknown.GetProperty("level").GetString());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "NEG1001");
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            rule => rule.GetProperty("id").GetString() == "NEG2001" && rule.GetProperty("help").GetProperty("text").GetString()!.EndsWith("#neg2001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_result_names_its_file_relative_to_the_archive_root_which_original_uri_base_ids_locates()
    {
        File.WriteAllText(Path.Combine(Folder, "negarchive.json"), "{}");
        Directory.CreateDirectory(Path.Combine(Folder, "talks", "round one"));
        var file = Path.Combine(Folder, "talks", "round one", "a#b.neg");
        File.WriteAllText(file, "meeting Geneva < Nobody says \"x\"; >\n");

        var (exitCode, output, _) = Run("check", "--format", "sarif", Path.Combine(Folder, "talks", ".", "..", "talks") + Path.DirectorySeparatorChar);

        Assert.Equal(1, exitCode);
        Assert.Empty(Schema.Value.Validate(output).Select(e => e.ToString()));
        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs")[0];
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("talks/round%20one/a%23b.neg", artifact.GetProperty("uri").GetString());
        Assert.Equal("ROOT", artifact.GetProperty("uriBaseId").GetString());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("ROOT").GetProperty("uri").GetString()!;
        Assert.Equal(Folder.TrimEnd('/') + "/", Uri.UnescapeDataString(root["file://".Length..]));
    }

    [Fact]
    public void A_clean_record_gives_a_valid_sarif_log_without_results()
    {
        var (exitCode, output, _) = Run("check", "--format", "sarif", Path.Combine(RepoPaths.Examples, "minsk-2015"));

        Assert.Equal(0, exitCode);
        Assert.Empty(Schema.Value.Validate(output).Select(e => e.ToString()));
    }

    [Fact]
    public void A_missing_file_is_a_NEG9001_result_at_that_file_of_a_failed_invocation()
    {
        var file = Path.Combine(Folder, "broken.neg");
        File.WriteAllText(file, "meeting Geneva < Nobody says \"x\"; >\n");
        var missing = Path.Combine(Folder, "absent\u001B]0;owned\u0007.neg");

        var (exitCode, output, error) = Run("check", "--format", "sarif", file, missing);

        Assert.Equal(2, exitCode);
        Assert.Empty(Schema.Value.Validate(output).Select(e => e.ToString()));
        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.False(run.GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var notFound = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "NEG9001");
        Assert.Equal("error", notFound.GetProperty("level").GetString());
        Assert.Contains("absent", notFound.GetProperty("message").GetProperty("text").GetString()!, StringComparison.Ordinal);
        var physical = Assert.Single(notFound.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(missing, Uri.UnescapeDataString(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!["file://".Length..]));
        Assert.False(physical.TryGetProperty("region", out _)); // about the whole file: no position in it
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "NEG2001");
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), rule => rule.GetProperty("id").GetString() == "NEG9001");
        Assert.Contains("NEG9001", error, StringComparison.Ordinal);
        Assert.Empty(HostileStrings.RawHidden(error));
    }

    [Fact]
    public void A_tool_error_about_no_file_is_a_result_without_a_location()
    {
        using var output = new StringWriter();

        SarifWriter.Write(output, [], [DiagnosticCatalog.InvalidArgument("--as-of 'x' is not a date.")]);

        Assert.Empty(Schema.Value.Validate(output.ToString()).Select(e => e.ToString()));
        using var json = JsonDocument.Parse(output.ToString());
        var result = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NEG9005", result.GetProperty("ruleId").GetString());
        Assert.False(result.TryGetProperty("locations", out _));
    }

    [Fact]
    public void A_did_you_mean_carries_its_names_as_result_properties()
    {
        var file = Path.Combine(Folder, "typo.neg");
        File.WriteAllText(file, "person Blinken;\nmeeting Geneva < Blinkin says \"x\"; >\n");

        var (_, output, _) = Run("check", "--format", "sarif", file);

        Assert.Empty(Schema.Value.Validate(output).Select(e => e.ToString()));
        using var json = JsonDocument.Parse(output);
        var result = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "NEG2001");
        Assert.Equal("Blinkin", result.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("Blinken", result.GetProperty("properties").GetProperty("suggestion").GetString());
    }

    [Fact]
    public void The_validation_rejects_a_log_that_breaks_the_schema()
    {
        Assert.NotEmpty(Schema.Value.Validate("{ \"version\": \"9.9\", \"runs\": [ { \"results\": 3 } ] }"));
    }

}
