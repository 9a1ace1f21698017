using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NegotiationDsl.Cli.Output.Status;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// <c>negc status --format json</c> is typed data described by docs/schema/negotiation-status.v1.schema.json: every
/// example's golden and every CLI run validate, the schema lists exactly the writer's fields and states, and rejects a wrong type.
/// </summary>
public sealed class StatusJsonTests : CliTestBase
{
    [Theory]
    [MemberData(nameof(ExampleGoldenTests.Folders), MemberType = typeof(ExampleGoldenTests))]
    public void Status_json_of_each_example_matches_its_golden_and_the_schema(string folder)
    {
        var json = Write([ExampleGoldenTests.Compile(folder)], requested: null);

        StatusSchema.AssertValid(json);
        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "status", ExampleGoldenTests.Name(folder) + ".json"), json);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2015-02-13")]
    [InlineData("2022-01-25")]
    [InlineData("2023-03-01")]
    public void Status_json_of_all_examples_from_the_command_line_is_valid(string? asOf)
    {
        string[] day = asOf is null ? [] : ["--as-of", asOf];

        var (exitCode, output, error) = Run(["status", "--format", "json", .. day, RepoPaths.Examples]);

        Assert.True(exitCode == 0, error);
        StatusSchema.AssertValid(output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(asOf, document.RootElement.GetProperty("asOf").GetString());
        Assert.True(document.RootElement.GetProperty("commitments").GetArrayLength() > 0);
    }

    [Fact]
    public void Parties_are_arrays_absent_values_are_null_and_dates_are_iso()
    {
        File.WriteAllText(Path.Combine(Folder, "a.neg"),
            "party Ukraine \"Ukraine\";\nparty DPR \"Donetsk People's Republic\";\nparty LPR;\n" +
            "ceasefire: Ukraine, DPR, LPR commits \"to cease fire\" by 2015-02 on 2015-02-12 at 10:00 Europe/Kyiv;\n" +
            "Ukraine commits \"to talk\" on 2015-02-12;\n");

        var (exitCode, output, error) = Run("status", "--as-of", "2015-02-13", "--format", "json", Folder);

        Assert.True(exitCode == 0, error);
        StatusSchema.AssertValid(output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(StatusJsonWriter.SchemaId, json.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
        var commitments = json.RootElement.GetProperty("commitments");
        var ceasefire = commitments[0];
        Assert.Equal(["Ukraine", "DPR", "LPR"], ceasefire.GetProperty("debtors").EnumerateArray().Select(party => party.GetProperty("id").GetString()));
        Assert.Equal("Donetsk People's Republic", ceasefire.GetProperty("debtors")[1].GetProperty("name").GetString());
        Assert.Equal(0, ceasefire.GetProperty("creditors").GetArrayLength());
        var deadline = ceasefire.GetProperty("deadline");
        Assert.Equal(("2015-02-01", "2015-02-28", "month"), (deadline.GetProperty("start").GetString(), deadline.GetProperty("end").GetString(), deadline.GetProperty("precision").GetString()));
        Assert.Equal("2015-02-12T10:00+02:00", ceasefire.GetProperty("madeTime").GetProperty("instant").GetString());
        Assert.Equal("due", ceasefire.GetProperty("state").GetString());
        var unlabelled = commitments[1];
        Assert.Equal(JsonValueKind.Null, unlabelled.GetProperty("label").ValueKind);
        Assert.Equal(JsonValueKind.Null, unlabelled.GetProperty("deadline").ValueKind);
        Assert.Equal(JsonValueKind.Null, unlabelled.GetProperty("period").ValueKind);
        Assert.Equal(2, unlabelled.GetProperty("location").GetProperty("line").GetInt32() - 3);
        Assert.DoesNotContain("\"-\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void States_have_a_stable_name_and_the_text_tables_wording()
    {
        File.WriteAllText(Path.Combine(Folder, "a.neg"),
            "party A;\nparty B;\nlate: A commits \"x\" to B by 2022-01-10 on 2022-01-01;\nA fulfils late on 2022-01-12;\n");

        var (exitCode, output, error) = Run("status", "--as-of", "2022-02-01", "--format", "json", Folder);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var late = json.RootElement.GetProperty("commitments")[0];
        Assert.Equal("fulfilledLate", late.GetProperty("state").GetString());
        Assert.Equal("fulfilled late", late.GetProperty("stateText").GetString());
    }

    /// <summary>The schema's properties of each row kind are the writer's fields, in order: the one table cannot drift from the schema.</summary>
    [Theory]
    [InlineData("commitments", "commitment")]
    [InlineData("agreements", "agreement")]
    [InlineData("replies", "offerOrProposal")]
    [InlineData("milestones", "milestone")]
    public void The_schema_lists_every_field_of_the_writer(string table, string definition)
    {
        var fields = table switch
        {
            "commitments" => StatusJsonFields.Commitments.Select(field => field.Name),
            "agreements" => StatusJsonFields.Agreements.Select(field => field.Name),
            "replies" => StatusJsonFields.Replies.Select(field => field.Name),
            _ => StatusJsonFields.Milestones.Select(field => field.Name),
        };
        using var schema = JsonDocument.Parse(StatusSchema.Text);
        var root = schema.RootElement;

        Assert.Equal("#/$defs/" + definition, root.GetProperty("properties").GetProperty(table).GetProperty("items").GetProperty("$ref").GetString());
        var row = root.GetProperty("$defs").GetProperty(definition);
        Assert.Equal(fields, row.GetProperty("properties").EnumerateObject().Select(property => property.Name));
        Assert.Equal(fields, row.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public void The_schema_readme_names_every_field()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Docs, "schema", "README.md"));
        var section = readme.Substring(readme.IndexOf("## Status JSON", StringComparison.Ordinal));
        var names = StatusJsonFields.Commitments.Select(field => field.Name)
            .Concat(StatusJsonFields.Agreements.Select(field => field.Name))
            .Concat(StatusJsonFields.Replies.Select(field => field.Name))
            .Concat(StatusJsonFields.Milestones.Select(field => field.Name))
            .Distinct();

        Assert.All(names, name => Assert.Contains("`" + name + "`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_state_of_every_kind_is_in_the_schema()
    {
        using var schema = JsonDocument.Parse(StatusSchema.Text);
        var definitions = schema.RootElement.GetProperty("$defs");
        List<string?> Values(string name) => definitions.GetProperty(name).GetProperty("enum").EnumerateArray().Select(value => value.GetString()).ToList();

        Assert.Equal(Values("commitmentState"), Enum.GetValues<CommitmentState>().Select(StatusJsonValues.StateName));
        Assert.Equal(Values("agreementState"), Enum.GetValues<AgreementState>().Select(StatusJsonValues.StateName));
        Assert.Equal(Values("replyState"), Enum.GetValues<ReplyState>().Select(StatusJsonValues.StateName));
        Assert.Equal(Values("milestoneState"), Enum.GetValues<MilestoneState>().Select(StatusJsonValues.StateName));
        // The records JSON names agreement and milestone states too: both documents must say the same.
        Assert.All(Enum.GetValues<AgreementState>(), state => Assert.Equal(AgreementStates.Name(state), StatusJsonValues.StateName(state)));
        Assert.All(Enum.GetValues<MilestoneState>(), state => Assert.Equal(MilestoneStates.Name(state), StatusJsonValues.StateName(state)));
    }

    [Fact]
    public void The_schema_is_valid_draft_2020_12_closed_and_documented()
    {
        using var schema = JsonDocument.Parse(StatusSchema.Text);
        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = new List<string>();
        RecordJsonSchemaTests.Walk(JsonNode.Parse(StatusSchema.Text)!, "#", problems);

        Assert.True(results.IsValid, JsonSchemaFile.Describe(results));
        Assert.Equal(StatusJsonWriter.SchemaId, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal(StatusJsonWriter.SchemaVersion, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());
        Assert.Empty(problems);
    }

    /// <summary>Ways to break a valid status document, each with the instance location the schema must report.</summary>
    private static readonly Dictionary<string, (string Location, Action<JsonObject> Break)> BreakageTable = new()
    {
        ["debtors as the old display string"] = ("/commitments/0/debtors", root => Commitment(root)["debtors"] = "Ukraine, DPR, LPR"),
        ["a dash for nobody"] = ("/commitments/0/creditors", root => Commitment(root)["creditors"] = "-"),
        ["a deadline as display text"] = ("/commitments/0/deadline", root => Commitment(root)["deadline"] = "2022-01-24..2022-01-30 (week)"),
        ["a state in words"] = ("/commitments/0/state", root => Commitment(root)["state"] = "fulfilled late"),
        ["a count as a string"] = ("/commitments/0/violations", root => Commitment(root)["violations"] = "0"),
        ["a day that is not ISO"] = ("/asOf", root => root["asOf"] = "31.01.2022"),
        ["an extra property"] = ("/commitments/0/extra", root => Commitment(root)["extra"] = true),
        ["the old version number"] = ("", root => root.Remove("schemaVersion")),
    };

    public static IEnumerable<object[]> Breakages() => BreakageTable.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_schema_rejects(string breakage)
    {
        var (location, breakIt) = BreakageTable[breakage];
        var root = JsonNode.Parse(Write([ExampleGoldenTests.Compile("examples/geneva-2022")], new LocalDate(2022, 1, 31)))!.AsObject();
        StatusSchema.AssertValid(root.ToJsonString());

        breakIt(root);

        StatusSchema.AssertInvalid(root.ToJsonString(), location);
    }

    private static JsonObject Commitment(JsonObject root) => root["commitments"]![0]!.AsObject();

    private static string Write(IReadOnlyList<Compilation> compilations, LocalDate? requested)
    {
        using var output = new StringWriter();
        StatusJsonWriter.Write(output, StatusTables.Of(compilations, requested), requested);
        return output.ToString();
    }
}
