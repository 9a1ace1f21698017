using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Golden;

/// <summary>
/// Each folder under tests/samples holds <c>main.neg</c> and its golden files: tokens, syntax tree, and
/// diagnostics shown inline under the source lines. Update with <c>NEG_UPDATE_GOLDEN=1 dotnet test</c>.
/// </summary>
public sealed class SampleGoldenTests
{
    public static IEnumerable<object[]> Samples() =>
        Directory.GetDirectories(RepoPaths.Samples)
            .Select(Path.GetFileName)
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tokens_match_golden(string sample) =>
        GoldenFile.AssertMatches(Golden(sample, "main.tokens.txt"), Baselines.Tokens(Parse(sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Syntax_tree_matches_golden(string sample) =>
        GoldenFile.AssertMatches(Golden(sample, "main.syntax.txt"), SyntaxTreePrinter.Print(Parse(sample).Root));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Syntax_diagnostics_match_golden(string sample)
    {
        var tree = Parse(sample);
        GoldenFile.AssertMatches(Golden(sample, "main.diagnostics.txt"), Baselines.DiagnosticsInline(tree, tree.Diagnostics));
    }

    [Fact]
    public void Every_sample_folder_has_a_record_and_no_stray_files()
    {
        var allowed = new[] { "main.neg", "main.tokens.txt", "main.syntax.txt", "main.diagnostics.txt" };
        foreach (var folder in Directory.GetDirectories(RepoPaths.Samples))
        {
            Assert.True(File.Exists(Path.Combine(folder, "main.neg")), folder + " has no main.neg");
            var stray = Directory.GetFiles(folder).Select(Path.GetFileName).Where(name => !allowed.Contains(name) && !name!.Contains(".actual.", System.StringComparison.Ordinal));
            Assert.Empty(stray);
        }

        Assert.True(Samples().Count() >= 10);
    }

    private static string Golden(string sample, string file) => Path.Combine(RepoPaths.Samples, sample, file);

    private static SyntaxTree Parse(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample, "main.neg"));
        var tree = SyntaxTree.Parse(SourceText.From(bytes, "main.neg"));
        TreeInvariants.Check(tree);
        return tree;
    }
}
