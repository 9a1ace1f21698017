using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Equivalents;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// The baselines of R1, R2 and R5 read the same source facts as the .neg text, written compactly in C# and JSON:
/// the equivalents must parse and stay within 0.7-2.0 times the .neg size, or the ratios compare unlike work.
/// </summary>
public sealed class EquivalentsTests
{
    [Fact]
    public void The_equivalents_of_the_1x_corpus_are_within_the_size_rule()
    {
        var equivalents = FileEquivalents.For(Enumerable.Range(0, CorpusGenerator.FoldersAtScaleOne).SelectMany(folder =>
            CorpusGenerator.GenerateFolder(folder, CorpusGenerator.RecordsPerFolder).Select(file => (CorpusGenerator.FolderName(folder) + "/" + file.Name, file.Text))));

        Assert.True(equivalents.Size.CSharp.Within, equivalents.Size.CSharp.Describe());
        Assert.True(equivalents.Size.Json.Within, equivalents.Size.Json.Describe());
    }

    [Fact]
    public void The_equivalents_of_the_examples_are_within_the_size_rule_and_parse()
    {
        var equivalents = FileEquivalents.For(Examples());

        Assert.True(equivalents.Size.CSharp.Within, equivalents.Size.CSharp.Describe());
        Assert.True(equivalents.Size.Json.Within, equivalents.Size.Json.Describe());
        AssertParse(equivalents);
    }

    [Fact]
    public void The_equivalents_of_every_construct_parse()
    {
        // Two tracks of an archive with their follow-ups and the register use every syntax kind a valid record can contain.
        AssertParse(FileEquivalents.For(CorpusGenerator.GenerateArchive(tracks: 2, CorpusGenerator.RecordsPerFolder)));
    }

    [Fact]
    public void A_statement_keeps_its_names_strings_and_dates_as_written()
    {
        const string Text = """
            party Russia state "Russian Federation";
            // promised in Geneva
            written_response: Blinken commits "a \"written\" response" to Russia by next_week;
            Ryabkov says West rejects nato_expansion on 2022-01-21;
            """;

        var file = EquivalentReader.Read(SyntaxTree.ParseText(Text, "test.neg").Root);

        Assert.Equal(
            """
            var Russia = Party().State("Russian Federation");
            // promised in Geneva
            var written_response = Blinken.Commits("a \"written\" response").To(Russia).By("next_week");
            Ryabkov.Says(West.Rejects(nato_expansion)).On("2022-01-21");

            """.ReplaceLineEndings("\n"), CSharpEquivalent.Write(file));
        Assert.Equal(
            """[{"id":"Russia","fields":{"party":[],"state":["Russian Federation"]}},""" +
            """{"id":"written_response","actors":["Blinken"],"fields":{"commits":["a \"written\" response"],"to":["Russia"],"by":["next_week"]}},""" +
            """{"actors":["Ryabkov"],"fields":{"says":[],"on":["2022-01-21"]},"speech":{"actors":["West"],"fields":{"rejects":["nato_expansion"]}}}]""",
            Encoding.UTF8.GetString(JsonEquivalent.Write(file)));
    }

    [Fact]
    public void The_generated_model_is_too_large_to_be_an_equivalent_and_fails_its_ratio_line()
    {
        // What R1 used to parse: the C# model negc build generates, with resolved dates, doc comments and derived fields.
        var files = CorpusGenerator.GenerateFolder(seed: 0, CorpusGenerator.RecordsPerFolder).Select(file => (Path: file.Name, file.Text)).ToList();
        var compilation = Compilation.Create(files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));
        var model = new EquivalentSize("C#", Encoding.UTF8.GetByteCount(CSharpModelEmitter.Emit(compilation, "examples")), files.Sum(file => (long)Encoding.UTF8.GetByteCount(file.Text)));

        Assert.False(model.Within, model.Describe());
        Assert.Contains("outside 0.7-2.0", model.Describe(), System.StringComparison.Ordinal);
        var line = new RatioResult("R1", 0.2, 1.0, "", new Spread(0.18, 0.25, 7), [model]);
        Assert.False(line.Met);
        Assert.StartsWith("R1 0.20 <= 1.0 FAIL; spread 0.18-0.25 of 7 pairs; C# ", line.Line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_syntax_errors_has_no_equivalent()
    {
        var error = Assert.Throws<System.InvalidOperationException>(() => FileEquivalents.For([("broken.neg", "Blinken commits \"a response\" to;")]));

        Assert.Contains("broken.neg has syntax errors", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(69, false)]
    [InlineData(70, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void The_size_rule_is_0_7_to_2_0_times_the_neg_bytes(long bytes, bool within)
    {
        var size = new EquivalentSize("JSON", bytes, 100);

        Assert.Equal(within, size.Within);
        Assert.Equal(within, new RatioResult("R2", 1.0, 2.5, "", new Spread(0.9, 1.1, 7), [size]).Met);
    }

    private static IEnumerable<(string Path, string Text)> Examples() =>
        Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories).Order(System.StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path)));

    private static void AssertParse(FileEquivalents equivalents)
    {
        foreach (var code in equivalents.CSharp)
        {
            var errors = CSharpSyntaxTree.ParseText(code).GetDiagnostics().Select(diagnostic => diagnostic.ToString()).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        }

        foreach (var json in equivalents.Json) Assert.NotEmpty(JsonEquivalent.Read(json));
    }
}
