using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
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
        // As an archive: the register, a folder, and the next one with its follow-up. The corpus has no byte
        // order marks: benchmark files start like most real ones.
        var trees = ArchiveFolders(folders: 2, CorpusGenerator.RecordsPerFolder).Values.SelectMany(folder => folder).ToList();

        Assert.Empty(trees.SelectMany(tree => tree.Diagnostics).Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(SyntaxKindCoverage.Unused(trees, SyntaxKind.ByteOrderMarkTrivia));
        Assert.Empty(SyntaxKindCoverage.UnusedVerbs(trees));
        Assert.Empty(SyntaxKindCoverage.UnusedForms(trees));
    }

    [Fact]
    public void An_archive_folder_names_only_what_it_declares_or_uses_and_needs_every_use()
    {
        var folders = ArchiveFolders(folders: 3, records: 3);

        Assert.Equal(["c0000", "c0001", "c0002", "register"], folders.Keys.Order(StringComparer.Ordinal));
        foreach (var (folder, trees) in folders)
        {
            var uses = trees.SelectMany(tree => tree.Root.Members.OfType<UseDeclarationSyntax>()).ToList();
            var own = Declared(trees);
            var byName = uses.Where(use => use.Alias is null).Select(use => Declared(folders[Target(folder, use)])).ToList();
            var byAlias = uses.Where(use => use.Alias is not null).ToDictionary(use => use.Alias!.Text, use => Declared(folders[Target(folder, use)]));
            var references = References(trees).ToList();
            foreach (var name in references)
            {
                var found = name.Qualifier is { } alias
                    ? byAlias.TryGetValue(alias, out var names) && names.Contains(name.SimpleName)
                    : own.Contains(name.SimpleName) || byName.Count(names => names.Contains(name.SimpleName)) == 1;
                Assert.True(found, $"{folder}: '{name.Identifier.Text}' is declared neither there nor once in a folder it uses");
            }

            Assert.All(byName, names => Assert.Contains(references, name => name.Qualifier is null && !own.Contains(name.SimpleName) && names.Contains(name.SimpleName)));
            Assert.All(byAlias.Keys, alias => Assert.Contains(references, name => name.Qualifier == alias));
        }
    }

    [Fact]
    public void A_follow_up_fulfils_a_commitment_its_debtor_made_and_left_open_in_the_folder_before()
    {
        var folders = ArchiveFolders(folders: 2, records: 3);

        var fulfilment = Assert.Single(Statements(folders["c0001"]),
            statement => statement.Predicate.Verb.Kind == StatementKind.Fulfilment && statement.Predicate.Content is NameSyntax { Qualifier: not null });
        var label = (NameSyntax)fulfilment.Predicate.Content;
        Assert.Equal("previous", label.Qualifier);
        var earlier = Statements(folders["c0000"]).ToList();
        var commitment = Assert.Single(earlier, statement => statement.Label?.Identifier.Text == label.SimpleName);
        Assert.Equal(StatementKind.Commitment, commitment.Predicate.Verb.Kind);
        Assert.Equal("previous." + commitment.Actors.Names.Single().Identifier.Text, fulfilment.Actors.Names.Single().Identifier.Text);
        Assert.DoesNotContain(earlier, statement => statement.Predicate.Content is NameSyntax settled && settled.SimpleName == label.SimpleName);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();
        var second = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();

        Assert.Equal(first, second);
        Assert.Equal(CorpusGenerator.GenerateArchive(folders: 2, records: 3), CorpusGenerator.GenerateArchive(folders: 2, records: 3));
    }

    private static Compilation Compile(int seed) =>
        Compilation.Create(CorpusGenerator.GenerateFolder(seed, CorpusGenerator.RecordsPerFolder)
            .Select(file => SyntaxTree.ParseText(file.Text, file.Name)));

    /// <summary>The trees of a generated archive by folder.</summary>
    private static Dictionary<string, List<SyntaxTree>> ArchiveFolders(int folders, int records) =>
        CorpusGenerator.GenerateArchive(folders, records)
            .GroupBy(file => file.Path.Substring(0, file.Path.IndexOf('/', StringComparison.Ordinal)))
            .ToDictionary(folder => folder.Key, folder => folder.Select(file => SyntaxTree.ParseText(file.Text, file.Path)).ToList());

    /// <summary>The folder a use names: the generator writes only uses of sibling folders (<c>../name</c>).</summary>
    private static string Target(string folder, UseDeclarationSyntax use)
    {
        var path = use.Path.Value;
        Assert.StartsWith("../", path, StringComparison.Ordinal);
        Assert.NotEqual(folder, path.Substring(3));
        return path.Substring(3);
    }

    /// <summary>The names of parties, persons and labels declared in <paramref name="trees"/>.</summary>
    private static HashSet<string> Declared(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).Select(node => node switch
        {
            PartyDeclarationSyntax party => party.Identifier.Text,
            PersonDeclarationSyntax person => person.Identifier.Text,
            LabelSyntax label => label.Identifier.Text,
            _ => null,
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The names that refer to a declaration: all but meeting places and formats.</summary>
    private static IEnumerable<NameSyntax> References(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).OfType<NameSyntax>()
            .Where(name => name.Parent is not MeetingDeclarationSyntax && name.Parent?.Kind != SyntaxKind.FormatClause);

    private static IEnumerable<ActorStatementSyntax> Statements(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).OfType<ActorStatementSyntax>();
}
