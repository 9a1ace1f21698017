using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The tree builder tells the grammar's unlabelled alternatives apart by the part each starts with. These broken
/// records prove that this gives the trees and diagnostics the labelled grammar gave: the golden file was written
/// by a build of the labelled grammar (see docs/performance.md), never by this one, so it is not updated with the
/// other golden files. Only the writer below, run in a checkout of that grammar, may write it.
/// </summary>
public sealed class LabelledGrammarDifferentialTests
{
    /// <summary>Set to a folder, it makes <see cref="Write_the_records_and_their_trees"/> write the inputs and golden file there.</summary>
    private const string OutputVariable = "NEG_LABELLED_GRAMMAR_OUT";
    private const int RecordCount = 250;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "golden", "labelled-grammar");

    [Fact]
    public void Broken_records_parse_to_the_trees_and_diagnostics_of_the_labelled_grammar()
    {
        var records = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(Folder, "records.json")))!;
        Assert.Equal(RecordCount, records.Length);
        var expected = File.ReadAllText(Path.Combine(Folder, "trees.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var actual = Print(records);
        if (actual == expected) return;

        File.WriteAllText(Path.Combine(Folder, "trees.actual.txt"), actual);
        throw new XunitException($"A broken record parses differently from the labelled grammar: diff {Folder}/trees.txt {Folder}/trees.actual.txt");
    }

    [Fact]
    public void The_generator_mutates_every_record_deterministically()
    {
        var first = MutatedRecords();
        Assert.Equal(first, MutatedRecords());
        Assert.Equal(RecordCount, first.Distinct(StringComparer.Ordinal).Count());
        Assert.All(first, record => Assert.NotEmpty(SyntaxTree.ParseText(record).Diagnostics));
    }

    [Fact]
    public void Write_the_records_and_their_trees()
    {
        var output = Environment.GetEnvironmentVariable(OutputVariable);
        if (string.IsNullOrEmpty(output)) return;

        var records = MutatedRecords();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "records.json"), JsonSerializer.Serialize(records, Indented));
        File.WriteAllText(Path.Combine(output, "trees.txt"), Print(records));
    }

    private static string Print(IReadOnlyList<string> records)
    {
        var text = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            var tree = SyntaxTree.ParseText(records[i], "record.neg");
            text.Append("### record ").Append(i).Append('\n');
            foreach (var diagnostic in tree.Diagnostics) text.Append("! ").Append(diagnostic).Append('\n');
            text.Append(SyntaxTreePrinter.Print(tree.Root));
        }

        return text.ToString();
    }

    /// <summary>
    /// Short windows of the examples (comments dropped, so the windows hold records, not prose), each broken by one to
    /// three edits: cut short, a range deleted, a keyword inserted, a word replaced by a keyword. A fixed seed and
    /// ordinal sorting make the same list on every machine.
    /// </summary>
    private static List<string> MutatedRecords()
    {
        var examples = Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => WithoutComments(File.ReadAllText(path)))
            .ToArray();
        var keywords = SyntaxFacts.Keywords.SelectMany(SyntaxFacts.GetKeywordSpellings).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var random = new Random(2025);
        var records = new List<string>();
        while (records.Count < RecordCount)
        {
            var record = Window(examples[random.Next(examples.Length)], random);
            var edits = 1 + random.Next(3);
            for (var i = 0; i < edits; i++) record = Edit(record, keywords, random);
            if (!records.Contains(record, StringComparer.Ordinal) && SyntaxTree.ParseText(record).Diagnostics.Length > 0) records.Add(record);
        }

        return records;
    }

    private static string WithoutComments(string text) => string.Join("\n", text.Split('\n')
        .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.TrimStart().StartsWith("/*", StringComparison.Ordinal)
            && !line.TrimStart().StartsWith("*", StringComparison.Ordinal))
        .Select(line => line.TrimEnd('\r')));

    /// <summary>A third of the windows start at the top, where the header's attributes are; the rest at a random line.</summary>
    private static string Window(string text, Random random)
    {
        var start = random.Next(3) == 0 ? 0 : text.LastIndexOf('\n', random.Next(text.Length)) + 1;
        var length = Math.Min(text.Length - start, 60 + random.Next(140));
        var end = text.IndexOf('\n', start + length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string Edit(string record, string[] keywords, Random random)
    {
        if (record.Length == 0) return keywords[random.Next(keywords.Length)];
        var at = random.Next(record.Length);
        switch (random.Next(4))
        {
            case 0:
                return record[..at];
            case 1:
                return record.Remove(at, Math.Min(record.Length - at, 1 + random.Next(30)));
            case 2:
                return record.Insert(at, " " + keywords[random.Next(keywords.Length)] + " ");
            default:
                var start = at;
                while (start < record.Length && !char.IsLetter(record[start])) start++;
                var end = start;
                while (end < record.Length && (char.IsLetterOrDigit(record[end]) || record[end] == '_')) end++;
                return end == start ? record : record[..start] + keywords[random.Next(keywords.Length)] + record[end..];
        }
    }
}
