using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The JSON of every example compilation, kept in tests/golden/examples/&lt;name&gt;.json; each one is valid against the schema.</summary>
public sealed class RecordJsonGoldenTests
{
    /// <summary>Golden files carry a fixed generator version, so a release does not change them.</summary>
    internal const string GoldenVersion = "0.0.0-golden";

    public static IEnumerable<object[]> Folders() => ExampleGoldenTests.Folders();

    [Theory]
    [MemberData(nameof(Folders))]
    public void Json_matches_golden(string folder)
    {
        var json = Write(folder);

        GoldenFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "golden", "examples", ExampleGoldenTests.Name(folder) + ".json"), json);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Json_is_valid_against_the_schema(string folder)
    {
        RecordSchema.AssertValid(Write(folder));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_public_writer_differs_from_the_golden_only_in_the_generator_version(string folder)
    {
        var compilation = ExampleGoldenTests.Compile(folder);
        var name = ExampleGoldenTests.Name(folder);

        var published = RecordJsonWriter.Write(compilation, name);

        Assert.Equal(RecordJsonWriter.Write(compilation, name, GoldenVersion),
            published.Replace("\"version\": \"" + RecordJsonWriterTests.CurrentVersion + "\"", "\"version\": \"" + GoldenVersion + "\"", System.StringComparison.Ordinal));
    }

    private static string Write(string folder) =>
        RecordJsonWriter.Write(ExampleGoldenTests.Compile(folder), ExampleGoldenTests.Name(folder), GoldenVersion);
}
