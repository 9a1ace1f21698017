using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>The benchmark corpus must be what the ratios claim: valid, checked records using the whole language.</summary>
public sealed class CorpusGeneratorTests
{
    [Fact]
    public void A_generated_folder_has_no_errors_and_no_warnings()
    {
        var compilation = Compile(seed: 3);

        var problems = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

        Assert.Empty(problems.Select(diagnostic => diagnostic.ToString()));
        Assert.True(compilation.SyntaxTrees.Sum(tree => tree.Text.Length) > 60_000, "a folder should be about 70 KB");
    }

    [Fact]
    public void Two_folders_together_use_every_construct_of_the_language()
    {
        // The corpus has no byte order marks: benchmark files start like most real ones.
        var trees = Compile(seed: 1).SyntaxTrees.Concat(Compile(seed: 2).SyntaxTrees);

        Assert.Empty(SyntaxKindCoverage.Unused(trees, SyntaxKind.ByteOrderMarkTrivia));
        Assert.Empty(SyntaxKindCoverage.UnusedVerbs(trees));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();
        var second = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();

        Assert.Equal(first, second);
    }

    private static Compilation Compile(int seed) =>
        Compilation.Create(CorpusGenerator.GenerateFolder(seed, CorpusGenerator.RecordsPerFolder)
            .Select(file => SyntaxTree.ParseText(file.Text, file.Name)));
}
