using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// Generated member names and JSON ids never come from line numbers: blank lines and comments, at the top of a record
/// or between its statements, rename nothing that other code may use.
/// </summary>
public sealed class StableNameTests
{
    /// <summary>Every construct that can go unlabelled, in every place it can stand.</summary>
    private const string Tricky = """
        record "tricky" published 2022-01-21;
        party A;
        party B;
        A says "top-level";
        A commits "top-level promise" by 2022-02-01;
        agreement "Unlabelled accord";
        talks "Round one" 2022-01-20 with A, B <
          A says "in the talks";
          meeting Geneva 2022-01-20 with A, B <
            A says "in a meeting of the talks";
            B demands "something";
          >
        >
        meeting Geneva 2022-01-21 with A, B <
          A says "first";
          labelled: A says "second";
          A says "third";
          B says A commits "a reported commitment";
          milestone "unlabelled milestone" on 2022-03-01;
        >
        meeting Geneva 2022-01-21 with A, B <
          A commits "the same place and day" by 2022-02-01;
        >
        meeting "Palais des Nations" with A <
          outcome "undated";
        >
        """;

    public static IEnumerable<object[]> Folders() => ExampleGoldenTests.Folders();

    [Theory]
    [MemberData(nameof(Folders))]
    public void Blank_lines_and_comments_rename_no_member_and_no_id_of_an_example(string folder)
    {
        var before = Names(ExampleGoldenTests.Archive(), folder);
        var after = Names(Padded(), folder);

        Assert.NotEmpty(before.Members);
        Assert.Equal(before.Members, after.Members);
        Assert.Equal(before.Ids, after.Ids);
    }

    [Fact]
    public void Blank_lines_and_comments_rename_no_member_and_no_id_of_a_tricky_record()
    {
        var before = Names(Compilation.Create([SyntaxTree.ParseText(Tricky, "tricky/deal.neg")]));
        var after = Names(Compilation.Create([SyntaxTree.ParseText(Pad(Tricky), "tricky/deal.neg")]));

        Assert.Equal(before.Members, after.Members);
        Assert.Equal(before.Ids, after.Ids);
        Assert.DoesNotContain(before.Members, name => Regex.IsMatch(name, "Line[0-9]"));
        Assert.Equal(new[]
        {
            "deal-statement-1", "deal-commitment-1", "Round one-2022-01-20-statement-1", "Geneva-2022-01-20", "Geneva-2022-01-20-statement-1",
            "Geneva-2022-01-20-demand-1", "Geneva-2022-01-21", "Geneva-2022-01-21-statement-1", "labelled", "Geneva-2022-01-21-statement-3",
            "Geneva-2022-01-21-reportedSpeech-1", "Geneva-2022-01-21-milestone-1", "Geneva-2022-01-21-2", "Geneva-2022-01-21-2-commitment-1",
            "Palais des Nations", "Palais des Nations-outcome-1",
        }, before.Ids.Where(id => id.StartsWith("events/", System.StringComparison.Ordinal)).Select(id => id.Substring("events/".Length)));
        Assert.Contains("Commitments.DealCommitment1", before.Members);
        Assert.Contains("Statements.Geneva20220121Statement3", before.Members);
        Assert.Contains("Agreements.DealAgreement1", before.Members);
        Assert.Contains("Talks.RoundOne20220120", before.Members);
    }

    [Fact]
    public void A_label_keeps_its_member_name_when_a_made_name_meets_it_in_PascalCase()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("party A;\nA says \"made\";\ndeal_statement_1: A says \"labelled\";\n", "deal.neg")]);

        var members = Names(compilation).Members;

        Assert.Equal(new[] { "Statements.DealStatement1", "Statements.DealStatement12" }, members.Where(name => name.StartsWith("Statements.", System.StringComparison.Ordinal) && name != "Statements.All").OrderBy(name => name.Length));
        Assert.Contains("public static readonly global::NegotiationDsl.Model.Statement DealStatement1 = new global::NegotiationDsl.Model.Statement(\"deal_statement_1\"",
            CSharpModelEmitter.Emit(compilation, "deal"), System.StringComparison.Ordinal);
    }

    /// <summary>Every file of the examples with blank lines and comments at the top and after every line that ends a statement or opens or closes a block.</summary>
    private static Archive Padded()
    {
        var trees = Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => SyntaxTree.ParseText(Pad(File.ReadAllText(Path.Combine(RepoPaths.Root, path))), path));
        return Archive.Create("examples", trees);
    }

    private static string Pad(string text) =>
        "// a comment above everything\n\n\n" + string.Join("\n", text.Split('\n').Select(line =>
            line.TrimEnd().EndsWith(';') || line.TrimEnd().EndsWith('<') || line.TrimEnd().EndsWith('>') ? line + "\n\n  // inserted\n" : line));

    private static (List<string> Members, List<string> Ids) Names(Archive archive, string folder) =>
        Names(archive.GetCompilation(folder) ?? throw new System.ArgumentException(folder, nameof(folder)));

    /// <summary>Each member of the model as <c>Group.Member</c>, and each id of the JSON document as <c>section/id</c>.</summary>
    private static (List<string> Members, List<string> Ids) Names(Compilation compilation)
    {
        var source = CSharpModelEmitter.Emit(compilation, "records");
        var members = new List<string>();
        string? group = null;
        foreach (var line in source.Split('\n'))
        {
            if (Regex.Match(line, "^        public static partial class ([A-Za-z]+)|^        public static class ([A-Za-z]+)") is { Success: true } nested) group = nested.Groups[1].Value + nested.Groups[2].Value;
            if (Regex.Match(line, "public static readonly \\S+ (@?\\w+) =") is { Success: true } member) members.Add(group + "." + member.Groups[1].Value);
        }

        using var document = JsonDocument.Parse(RecordJsonWriter.Write(compilation, "records"));
        var ids = new List<string>();
        foreach (var section in new[] { "actors", "talks", "meetings", "events", "commitments", "agreements", "milestones" })
        {
            if (!document.RootElement.TryGetProperty(section, out var items)) continue;
            ids.AddRange(items.EnumerateArray().Where(item => item.TryGetProperty("id", out _)).Select(item => section + "/" + item.GetProperty("id").GetString()));
        }

        return (members, ids);
    }
}
