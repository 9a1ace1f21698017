using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

public sealed class RoundTripTests
{
    public static IEnumerable<object[]> AllRecordFiles() =>
        Directory.EnumerateFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.neg", SearchOption.AllDirectories))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(RepoPaths.Root, path) });

    [Theory]
    [MemberData(nameof(AllRecordFiles))]
    public void Printing_the_tree_gives_back_the_file_byte_for_byte(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, relativePath));
        var tree = SyntaxTree.Parse(SourceText.From(bytes, relativePath));

        TreeInvariants.Check(tree);
        if (tree.Text.InvalidUtf8Position is null)
            Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(tree.Root.ToFullString()));
    }

    [Fact]
    public void There_are_examples_and_samples_to_round_trip()
    {
        Assert.True(AllRecordFiles().Count() >= 10);
    }
}
