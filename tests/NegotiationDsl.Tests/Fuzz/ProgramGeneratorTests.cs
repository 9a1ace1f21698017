using System;
using System.Linq;
using System.Text;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Fuzz.Mutation;
using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Fuzz;

/// <summary>The campaign's inputs are what docs/reliability.md says: grammar-valid programs using the whole language, and mutants that are not.</summary>
public sealed class ProgramGeneratorTests
{
    [Fact]
    public void Generated_programs_parse_cleanly_and_pass_every_check()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var text = ProgramGenerator.Generate(new Random(seed));

            var outcome = PipelineOracle.Check(SourceText.From(text, PipelineOracle.FilePath), mustParseCleanly: true, [], emitDespiteErrors: false);

            Assert.True(outcome.Violations.Count == 0, $"seed {seed}: {string.Join("; ", outcome.Violations)}");
        }
    }

    [Fact]
    public void Most_generated_programs_bind_without_errors_so_they_reach_the_emitters()
    {
        var errorFree = Enumerable.Range(0, 100).Count(seed =>
            !Compilation.Create([SyntaxTree.ParseText(ProgramGenerator.Generate(new Random(seed)))]).GetDiagnostics().Any(d => d.IsError));

        Assert.InRange(errorFree, 40, 100);
    }

    [Fact]
    public void Generated_programs_use_every_construct_of_the_language()
    {
        var trees = Enumerable.Range(0, 300).Select(seed => SyntaxTree.ParseText(ProgramGenerator.Generate(new Random(seed))));

        Assert.Empty(SyntaxKindCoverage.Unused(trees));
        Assert.Empty(SyntaxKindCoverage.UnusedVerbs(trees));
        Assert.Empty(SyntaxKindCoverage.UnusedForms(trees));
    }

    [Fact]
    public void Generated_archives_parse_cleanly_and_name_only_what_their_folders_declare_or_use()
    {
        var archives = Enumerable.Range(0, 60).Select(seed => ArchiveGenerator.Generate(new Random(seed))).ToList();

        foreach (var files in archives)
        {
            Assert.Equal(ArchiveGenerator.RootFile, files[0].Path);
            var archive = new ArchiveNames(files);
            Assert.Empty(archive.Trees.SelectMany(tree => tree.Diagnostics).Select(diagnostic => diagnostic.ToString()));
            Assert.Empty(archive.Unresolved());
        }

        var trees = archives.SelectMany(files => new ArchiveNames(files).Trees).ToList();
        Assert.Empty(SyntaxKindCoverage.UnusedForms(trees));
        Assert.Contains(trees, tree => tree.Root.Members.OfType<UseDeclarationSyntax>().Any(use => use.Path.Value.EndsWith(".neg", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_campaign_makes_an_archive_in_place_of_a_generated_program_now_and_then()
    {
        var factory = new InputFactory(5, Seeds.Load(RepoPaths.Root));

        var archives = Enumerable.Range(0, 40).Select(i => factory.Make(2 + ((long)i * InputFactory.ArchiveEvery))).ToList();

        Assert.All(archives, input => Assert.Contains(input.Kind, new[] { InputKind.Archive, InputKind.ArchiveMutation }));
        Assert.All(archives, input => Assert.Equal(ArchiveGenerator.RootFile, input.Files![0].Path));
        Assert.Contains(archives, input => input.Kind == InputKind.ArchiveMutation);
        Assert.Contains(archives, input => input.Kind == InputKind.Archive);
        Assert.Equal(InputKind.Generated, factory.Make(2 + 8).Kind);
        Assert.Null(factory.MakeFile(2).Files);
    }

    [Fact]
    public void Input_i_of_a_campaign_is_the_same_whenever_it_is_made()
    {
        var seeds = Seeds.Load(RepoPaths.Root);
        var first = new InputFactory(7, seeds);
        var second = new InputFactory(7, seeds);

        for (var index = 0; index < 64; index++)
            Assert.Equal(first.Make(index).ToFileBytes(), second.Make(index).ToFileBytes());
    }

    [Fact]
    public void Mutants_break_the_language_in_every_way_the_campaign_counts_on()
    {
        var factory = new InputFactory(11, Seeds.Load(RepoPaths.Root));
        var inputs = Enumerable.Range(0, 800).Select(index => factory.Make(index)).ToList();

        Assert.Contains(inputs, input => input.Kind == InputKind.ByteMutation && !IsUtf8(input.Bytes!));
        Assert.Contains(inputs, input => input.Kind == InputKind.RandomText && input.Text!.Any(char.IsSurrogate));
        Assert.True(inputs.Where(input => input.Kind == InputKind.TokenMutation).Count(input => SyntaxTree.Parse(input.ToSourceText()).Diagnostics.IsEmpty) < 50,
            "most token mutants have a syntax error");
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
