using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NegotiationDsl.Generator;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The incremental source generator: models from AdditionalFiles, .neg diagnostics, caching.</summary>
public sealed class GeneratorTests
{
    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private static (GeneratorDriver Driver, CSharpCompilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(GeneratorDriver? driver, params (string Path, string Text)[] files)
    {
        var compilation = CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace App; public static class Program { public static void Main() { } }") },
            GeneratedCode.ReferencesForTests,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        driver ??= CSharpGeneratorDriver.Create(new[] { new NegotiationModelGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.ReplaceAdditionalTexts(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver, (CSharpCompilation)output, diagnostics);
    }

    [Fact]
    public void Each_folder_of_records_becomes_a_model_that_compiles()
    {
        var files = new[] { "actors/actors.neg", "geneva-2022/geneva-2022.neg", "geneva-2022-followup/geneva-2022-followup.neg", "minsk-2015/minsk-2015.neg" }
            .Select(file => Path.Combine(RepoPaths.Examples, file))
            .Select(path => (path, File.ReadAllText(path)))
            .Append((Path.Combine(RepoPaths.Examples, "negarchive.json"), File.ReadAllText(Path.Combine(RepoPaths.Examples, "negarchive.json"))))
            .ToArray();

        var (_, output, diagnostics) = Run(null, files);

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(new[] { "Actors.g.cs", "Geneva2022.g.cs", "Geneva2022Followup.g.cs", "Minsk2015.g.cs" }, output.SyntaxTrees.Skip(1).Select(t => Path.GetFileName(t.FilePath)).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void The_models_are_the_same_bytes_wherever_msbuild_finds_the_records()
    {
        // MSBuild passes AdditionalFiles with absolute paths: two clones at different depths, an archive and a folder outside any.
        static string[] Generated(string root)
        {
            var files = Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "consumer" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
                .Select(path => (Path.Combine(root, "examples", Path.GetRelativePath(RepoPaths.Examples, path)), File.ReadAllText(path)))
                .Append((Path.Combine(root, "examples", "negarchive.json"), "{}"))
                .Append((Path.Combine(root, "loose", "deal.neg"), "party A;\nA commits \"x\" on 2022-01-21;\n"))
                .ToArray();
            var (_, output, _) = Run(null, files);
            return output.SyntaxTrees.Skip(1).OrderBy(tree => Path.GetFileName(tree.FilePath), System.StringComparer.Ordinal).Select(tree => tree.ToString()).ToArray();
        }

        var shallow = Generated(Path.Combine(Path.GetTempPath(), "one"));
        var deep = Generated(Path.Combine(Path.GetTempPath(), "two", "a", "b", "c"));

        Assert.Equal(9, shallow.Length);
        Assert.Equal(shallow, deep);
        Assert.Contains(shallow, source => source.Contains("#line 2 \"deal.neg\"", System.StringComparison.Ordinal));
        Assert.DoesNotContain(shallow, source => source.Contains(Path.GetTempPath(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Record_diagnostics_become_compiler_diagnostics_at_the_neg_location()
    {
        var path = Path.Combine(Path.GetTempPath(), "records", "deal.neg");

        var (_, output, diagnostics) = Run(null, (path, "party A;\nmeeting Geneva < Nobody says \"x\"; >\n"));

        var error = Assert.Single(diagnostics, d => d.Id == "NEG2001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(path, error.Location.GetLineSpan().Path);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(17, error.Location.GetLineSpan().StartLinePosition.Character);
        Assert.EndsWith("deal.neg(2,18): error NEG2001: 'Nobody' is not declared.", error.ToString(), System.StringComparison.Ordinal);
        Assert.Single(output.SyntaxTrees);
    }

    [Fact]
    public void Folders_whose_models_would_share_a_name_each_get_a_model()
    {
        var root = Path.Combine(Path.GetTempPath(), "records");
        var files = new[] { Path.Combine(root, "d1", "x-y.neg"), Path.Combine(root, "d2", "x_y.neg"), Path.Combine(root, "d3", "X-Y.neg"), Path.Combine(root, "d4", ".neg") }
            .Select(path => (path, "party A;\nA says \"x\" on 2022-01-21;\n")).ToArray();

        var (_, output, diagnostics) = Run(null, files);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var generated = output.SyntaxTrees.Skip(1).Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Equal(4, generated.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(generated, name => Assert.False(name.StartsWith('.'), name));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void A_record_file_name_cannot_put_code_into_the_consumer()
    {
        var path = Path.Combine(Path.GetTempPath(), "records", HostileStrings.Named("code after a line break").Value + ".neg");

        var (_, output, diagnostics) = Run(null, (path, "party A;\nA says \"x\" on 2022-01-21;\n"));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.DoesNotContain(output.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes()), node => node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax ns && ns.Name.ToString() == "Evil");
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void A_diagnostic_in_a_hostile_file_name_is_one_line_of_visible_text(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "records", HostileStrings.Named(name).Value.Replace('/', '_') + ".neg");

        var (_, _, diagnostics) = Run(null, (path, "party A;\nmeeting Geneva < Nobody says \"x\"; >\n"));

        var error = Assert.Single(diagnostics, d => d.Id == "NEG2001");
        var line = error.ToString();
        Assert.Empty(HostileStrings.RawHidden(line));
        Assert.DoesNotContain('\n', line);
        Assert.Matches(@"\(2,18\): error NEG2001: 'Nobody' is not declared\.$", line);
    }

    [Fact]
    public void An_unchanged_folder_is_not_regenerated_when_another_changes()
    {
        var a = Path.Combine(Path.GetTempPath(), "one", "a.neg");
        var b = Path.Combine(Path.GetTempPath(), "two", "b.neg");
        var (driver, _, _) = Run(null, (a, "party A;\nA says \"x\";\n"), (b, "party B;\nB says \"y\";\n"));

        var (second, _, _) = Run(driver, (a, "party A;\nA says \"x\";\n"), (b, "party B;\nB says \"changed\";\n"));

        var outputs = second.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.Contains(outputs, output => output.Reason == IncrementalStepRunReason.Cached);
        Assert.Contains(outputs, output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_changed_record_makes_only_its_folders_model_again_and_the_other_folders_are_cached()
    {
        var root = Path.Combine(Path.GetTempPath(), "standalone");
        (string, string)[] Records(string changed) =>
        [
            (Path.Combine(root, "a", "a.neg"), "party A;\nA says \"x\" on 2022-01-21;\n"),
            (Path.Combine(root, "b", "b.neg"), $"party B;\nB says \"{changed}\" on 2022-01-21;\n"),
            (Path.Combine(root, "c", "c1.neg"), "party C;\n"),
            (Path.Combine(root, "c", "c2.neg"), "C says \"z\" on 2022-01-21;\n"),
        ];
        var (driver, _, _) = Run(null, Records("y"));

        var (second, output, _) = Run(driver, Records("changed"));

        Assert.Equal(new Dictionary<string, IncrementalStepRunReason>
        {
            ["A.g.cs"] = IncrementalStepRunReason.Cached,
            ["B.g.cs"] = IncrementalStepRunReason.Modified,
            ["C.g.cs"] = IncrementalStepRunReason.Cached,
        }, ModelReasons(second));
        Assert.Single(SourceOutputReasons(second), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains("changed", output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("B.g.cs", System.StringComparison.Ordinal)).ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_record_of_an_archive_binds_the_archive_once_again_and_adds_only_the_models_that_changed()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive");
        (string, string)[] Records(string minskText, string followDate) =>
        [
            (Path.Combine(root, "negarchive.json"), "{}"),
            (Path.Combine(root, "actors", "actors.neg"), "party US state;\nparty Russia state;\nperson Blinken of US;\nperson Lavrov of Russia;\n"),
            (Path.Combine(root, "geneva", "geneva.neg"), "use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\nmeeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n"),
            (Path.Combine(root, "follow", "follow.neg"), $"use \"../actors\";\nuse \"../geneva\" as geneva;\nrecord \"Follow-up\" published {followDate};\nBlinken fulfils geneva.written_response on {followDate};\n"),
            (Path.Combine(root, "minsk", "minsk.neg"), $"use \"../actors\";\nLavrov says \"{minskText}\" on 2015-02-12;\n"),
        ];
        var (driver, _, _) = Run(null, Records("x", "2022-01-26"));

        // A record nothing uses: the archive is bound again, and only its folder's model differs.
        var (second, _, _) = Run(driver, Records("changed", "2022-01-26"));

        Assert.Equal(new Dictionary<string, IncrementalStepRunReason>
        {
            ["Actors.g.cs"] = IncrementalStepRunReason.Unchanged,
            ["Follow.g.cs"] = IncrementalStepRunReason.Unchanged,
            ["Geneva.g.cs"] = IncrementalStepRunReason.Unchanged,
            ["Minsk.g.cs"] = IncrementalStepRunReason.Modified,
        }, ModelReasons(second));
        Assert.Single(SourceOutputReasons(second), reason => reason == IncrementalStepRunReason.Modified);

        // A follow-up that settles a commitment of the folder it uses on another day: both models change.
        var (third, output, _) = Run(second, Records("changed", "2022-01-27"));

        Assert.Equal(new Dictionary<string, IncrementalStepRunReason>
        {
            ["Actors.g.cs"] = IncrementalStepRunReason.Unchanged,
            ["Follow.g.cs"] = IncrementalStepRunReason.Modified,
            ["Geneva.g.cs"] = IncrementalStepRunReason.Modified,
            ["Minsk.g.cs"] = IncrementalStepRunReason.Unchanged,
        }, ModelReasons(third));
        Assert.Contains("2022, 1, 27", output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("Geneva.g.cs", System.StringComparison.Ordinal)).ToString(), System.StringComparison.Ordinal);
    }

    /// <summary>Why each folder's model step ran as it did in the driver's last run, by the model's hint name.</summary>
    private static Dictionary<string, IncrementalStepRunReason> ModelReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[NegotiationModelGenerator.ModelStep]
            .SelectMany(step => step.Outputs)
            .ToDictionary(output => ((FolderModel)output.Value).HintName, output => output.Reason);

    private static List<IncrementalStepRunReason> SourceOutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    [Fact]
    public void A_folder_of_an_archive_refers_to_the_objects_of_the_folders_it_uses_and_compiles()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive");
        var (_, output, diagnostics) = Run(null,
            (Path.Combine(root, "negarchive.json"), "{}"),
            (Path.Combine(root, "actors", "actors.neg"), "party US state;\nparty Russia state;\nperson Blinken of US;\nperson Lavrov of Russia;\n"),
            (Path.Combine(root, "geneva", "geneva.neg"), "use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\nmeeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n"),
            (Path.Combine(root, "follow", "follow.neg"), "use \"../actors\";\nuse \"../geneva\" as geneva;\nrecord \"Follow-up\" published 2022-01-26;\nBlinken fulfils geneva.written_response on 2022-01-26;\n"));

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(new[] { "Actors.g.cs", "Follow.g.cs", "Geneva.g.cs" }, output.SyntaxTrees.Skip(1).Select(t => Path.GetFileName(t.FilePath)).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Contains("global::NegotiationRecords.Actors.Persons.Blinken", output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Geneva.g.cs", System.StringComparison.Ordinal)).ToString());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }
}
