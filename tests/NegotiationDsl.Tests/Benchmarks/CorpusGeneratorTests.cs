using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
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
    public void A_folder_of_a_thousand_records_as_R7_checks_it_has_no_errors_and_no_warnings()
    {
        // Its records' dates run decades past a ten-record folder's, past the terms of offices the records name.
        var compilation = Compilation.Create(CorpusGenerator.GenerateFolder(seed: 7, records: 999).Select(file => SyntaxTree.ParseText(file.Text, file.Name)));

        Assert.Empty(Problems(compilation.GetDiagnostics()).Take(5));
    }

    [Fact]
    public void Two_folders_together_use_every_construct_of_the_language()
    {
        // As an archive: the register, a track, and the follow-up folder of each of two tracks. The corpus has no byte
        // order marks: benchmark files start like most real ones.
        var trees = ArchiveFolders(tracks: 2, CorpusGenerator.RecordsPerFolder).Values.SelectMany(folder => folder).ToList();

        Assert.Empty(trees.SelectMany(tree => tree.Diagnostics).Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(SyntaxKindCoverage.Unused(trees, SyntaxKind.ByteOrderMarkTrivia));
        Assert.Empty(SyntaxKindCoverage.UnusedVerbs(trees));
        Assert.Empty(SyntaxKindCoverage.UnusedForms(trees));
    }

    [Fact]
    public void An_archive_folder_names_only_what_it_declares_or_uses_and_needs_every_use()
    {
        var archive = new ArchiveNames(CorpusGenerator.GenerateArchive(tracks: 3, records: 3));

        Assert.Equal(["c0000", "c0000-followup", "c0001", "c0001-followup", "c0002", "c0002-followup", "register"], archive.Folders.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(archive.Unresolved());
        Assert.Empty(archive.Unneeded());
    }

    [Fact]
    public void The_archive_and_its_independent_copies_check_without_an_error_or_a_warning()
    {
        var archive = Archive.Create("/corpus", CorpusGenerator.GenerateArchive(tracks: 3, records: 3).Select(file => SyntaxTree.ParseText(file.Text, "/corpus/" + file.Path)));
        var copies = CorpusGenerator.GenerateIndependentCopies(tracks: 3, records: 3).GroupBy(file => Path.GetDirectoryName(file.Path))
            .Select(folder => Compilation.Create(folder.Select(file => SyntaxTree.ParseText(file.Text, file.Path)))).ToList();

        Assert.Empty(Problems(archive.GetDiagnostics()));
        Assert.Equal(archive.Compilations.Length - 1, copies.Count);
        Assert.Empty(copies.SelectMany(copy => Problems(copy.GetDiagnostics())));
    }

    [Fact]
    public void A_copy_holds_the_same_records_without_uses_and_a_follow_up_copy_the_record_it_settles()
    {
        var archive = CorpusGenerator.GenerateArchive(tracks: 2, records: 3).ToDictionary(file => file.Path, file => file.Text);
        var copies = CorpusGenerator.GenerateIndependentCopies(tracks: 2, records: 3).ToDictionary(file => file.Path, file => file.Text);

        Assert.DoesNotContain(copies.Values, text => text.Contains("use \"", StringComparison.Ordinal));
        Assert.Equal(archive["c0001/r0002.neg"], "use \"../register\";\n\n" + copies["c0001/r0002.neg"]);
        Assert.Equal(archive["c0001-followup/followup.neg"].Replace("use \"../register\";\nuse \"../c0001\" as track;\n\n", "", StringComparison.Ordinal).Replace("track.", "", StringComparison.Ordinal),
            copies["c0001-followup/followup.neg"]);
        var settled = Assert.Single(copies.Keys, path => path.StartsWith("c0001-followup/r", StringComparison.Ordinal));
        Assert.Equal(copies["c0001/" + Path.GetFileName(settled)], copies[settled]);
        Assert.StartsWith("// Copied from the register", copies["c0001-followup/actors.neg"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_fulfils_a_commitment_its_debtor_made_and_left_open_in_its_track()
    {
        var folders = ArchiveFolders(tracks: 2, records: 3);

        var fulfilment = Assert.Single(Statements(folders["c0001-followup"]),
            statement => statement.Predicate.Verb.Kind == StatementKind.Fulfilment && statement.Predicate.Content is NameSyntax { Qualifier: not null });
        var label = Assert.IsType<NameSyntax>(fulfilment.Predicate.Content);
        Assert.Equal("track", label.Qualifier);
        var earlier = Statements(folders["c0001"]).ToList();
        var commitment = Assert.Single(earlier, statement => statement.Label?.Identifier.Text == label.SimpleName);
        Assert.Equal(StatementKind.Commitment, commitment.Predicate.Verb.Kind);
        Assert.Equal(commitment.Actors.Names.Single().Identifier.Text, fulfilment.Actors.Names.Single().Identifier.Text);
        Assert.DoesNotContain(earlier, statement => statement.Predicate.Content is NameSyntax settled && settled.SimpleName == label.SimpleName);
    }

    [Fact]
    public void A_written_archive_has_its_root_file_and_the_files_it_generates()
    {
        using var temp = new TempFolder("negc-corpus-");

        var written = CorpusGenerator.WriteArchive(temp.Path, scale: 2.0 / CorpusGenerator.FoldersAtScaleOne);

        using var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "negarchive.json")));
        Assert.Equal("corpus", root.RootElement.GetProperty("name").GetString());
        Assert.Equal(
            CorpusGenerator.GenerateArchive(tracks: 2, CorpusGenerator.RecordsPerFolder).Select(file => file.Path),
            written.Select(path => Path.GetRelativePath(temp.Path, path).Replace('\\', '/')));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();
        var second = CorpusGenerator.GenerateFolder(seed: 5, records: 3).ToList();

        Assert.Equal(first, second);
        Assert.Equal(CorpusGenerator.GenerateArchive(tracks: 2, records: 3), CorpusGenerator.GenerateArchive(tracks: 2, records: 3));
        Assert.Equal(CorpusGenerator.GenerateIndependentCopies(tracks: 2, records: 3), CorpusGenerator.GenerateIndependentCopies(tracks: 2, records: 3));
    }

    private static Compilation Compile(int seed) =>
        Compilation.Create(CorpusGenerator.GenerateFolder(seed, CorpusGenerator.RecordsPerFolder)
            .Select(file => SyntaxTree.ParseText(file.Text, file.Name)));

    private static Dictionary<string, List<SyntaxTree>> ArchiveFolders(int tracks, int records) =>
        new ArchiveNames(CorpusGenerator.GenerateArchive(tracks, records)).Folders;

    private static IEnumerable<string> Problems(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString());

    private static IEnumerable<ActorStatementSyntax> Statements(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).OfType<ActorStatementSyntax>();
}
