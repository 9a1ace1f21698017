using System.IO;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Golden;

/// <summary>The JSON kept for each construct (tests/golden/constructs) is valid against the schema, as the examples' is: every form of a construct, not only those the examples use.</summary>
public sealed class ConstructJsonSchemaTests
{
    [Theory]
    [MemberData(nameof(ConstructGoldenTests.Constructs), MemberType = typeof(ConstructGoldenTests))]
    public void The_golden_json_is_valid_against_the_schema(string construct) =>
        RecordSchema.AssertValid(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "golden", "constructs", construct, "main.json")));
}
