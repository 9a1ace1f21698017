using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The mapping table in docs/schema/README.md is the one the writer uses, for every kind.</summary>
public sealed class EventCodingTableTests
{
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Enum.GetValues<StatementKind>()) data.Add(EventCoding.For(kind).Kind);
        data.Add(EventCoding.Meeting.Kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_documented_codes_are_the_written_codes(string kind)
    {
        var code = kind == EventCoding.Meeting.Kind
            ? EventCoding.Meeting
            : EventCoding.For(Enum.GetValues<StatementKind>().Single(k => EventCoding.For(k).Kind == kind));
        var table = File.ReadAllLines(Path.Combine(RepoPaths.Docs, "schema", "README.md"))
            .SkipWhile(line => line != "## Event coding").Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));

        var row = Assert.Single(table, line => line.StartsWith($"| `{kind}` |", StringComparison.Ordinal));
        var cells = row.Split('|').Select(cell => cell.Trim()).ToArray();

        Assert.Equal(code.Cameo ?? "null", cells[3].Split(' ')[0]);
        Assert.Equal(code.Plover?.EventType ?? "null", cells[4]);
    }
}
