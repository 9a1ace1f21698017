using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Hostile;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>The complexity cases measure what they claim: each input, made small, has errors exactly when negc must exit with 1.</summary>
public sealed class ComplexityCasesTests
{
    public static TheoryData<string> Cases() => new(ComplexityCases.All.Select(complexity => complexity.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_small_input_has_errors_exactly_when_the_case_expects_exit_code_one(string name)
    {
        var complexity = ComplexityCases.All.Single(candidate => candidate.Name == name);
        var folder = Path.Combine(Path.GetTempPath(), "negotiationdsl-complexity-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = complexity.WriteInto(folder, 40);
            // A language server case's input is a session of messages; its document is only comments.
            if (complexity.Command == ComplexityCommand.LanguageServer) return;
            // Each folder is a compilation, as in negc; with negarchive.json, of one archive.
            var trees = Directory.GetFiles(input, "*.neg", SearchOption.AllDirectories).Select(path => SyntaxTree.ParseText(File.ReadAllText(path), path)).ToList();
            var compilations = File.Exists(Path.Combine(input, "negarchive.json")) ? Archive.Create(input, trees).Compilations.AsEnumerable()
                : trees.GroupBy(tree => Path.GetDirectoryName(tree.FilePath)).Select(files => Compilation.Create(files));

            var errors = compilations.SelectMany(compilation => compilation.GetDiagnostics()).Where(diagnostic => diagnostic.IsError).ToList();

            Assert.Equal(complexity.ExpectedExitCode == 1, errors.Count > 0);
            Assert.DoesNotContain(errors, diagnostic => diagnostic.Code.StartsWith("NEG1", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Case_names_are_unique_across_hostile_and_complexity_cases()
    {
        var names = HostileCases.All.Select(hostile => hostile.Name).Concat(ComplexityCases.All.Select(complexity => complexity.Name)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
