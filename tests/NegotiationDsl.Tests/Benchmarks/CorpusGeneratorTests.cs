using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>The benchmark corpus must be what the ratios claim: valid, checked records using the whole language.</summary>
public sealed class CorpusGeneratorTests
{
    // Kinds a valid record cannot contain: recovery's output and unterminated literals.
    private static readonly HashSet<SyntaxKind> OnlyInBrokenRecords =
    [
        SyntaxKind.SkippedTokensTrivia, SyntaxKind.UnterminatedStringLiteralToken, SyntaxKind.UnterminatedBlockCommentTrivia,
        SyntaxKind.ByteOrderMarkTrivia, SyntaxKind.UnexpectedCharactersTrivia, SyntaxKind.None,
    ];

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
        var used = new HashSet<SyntaxKind>();
        foreach (var tree in Compile(seed: 1).SyntaxTrees.Concat(Compile(seed: 2).SyntaxTrees))
        {
            foreach (var node in tree.Root.DescendantNodesAndSelf()) used.Add(node.Kind);
            foreach (var token in tree.Root.DescendantTokens())
            {
                used.Add(token.Kind);
                foreach (var trivia in token.LeadingTrivia) used.Add(trivia.Kind);
                foreach (var trivia in token.TrailingTrivia) used.Add(trivia.Kind);
            }
        }

        var missing = Enum.GetValues<SyntaxKind>().Where(kind => !used.Contains(kind) && !OnlyInBrokenRecords.Contains(kind));

        Assert.Empty(missing);
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
