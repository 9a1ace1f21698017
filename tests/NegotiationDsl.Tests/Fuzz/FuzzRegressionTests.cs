using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.Fuzz.LanguageServer;
using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Text;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Fuzz;

/// <summary>
/// Every input the fuzzing campaign found a crash, a hang or a broken rule with (tests/fuzz/regressions/, see
/// docs/reliability.md) runs through the campaign's own checks: parse, bind, semantic model, format, build and
/// report, with a time limit; every archive (tests/fuzz/regressions/archives/, one folder each) is read by the host
/// as negc reads one and goes through the same checks folder by folder. Every sequence of messages the language-server campaign found one with
/// (tests/fuzz/regressions/lsp/) runs through that campaign's session and checks.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static IEnumerable<object[]> Inputs() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions"), "*.neg")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_found_input_passes_every_check(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions", name));
        var check = Task.Run(() => PipelineOracle.Check(SourceText.From(bytes, PipelineOracle.FilePath), mustParseCleanly: false, [], emitDespiteErrors: true));

        var outcome = await check.WaitAsync(Limit);
        Assert.Empty(outcome.Violations);
    }

    [Fact]
    public void There_are_regression_inputs() => Assert.True(Inputs().Count() >= 4);

    public static IEnumerable<object[]> Archives() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions", "archives"))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Archives))]
    public async Task A_found_archive_passes_every_check(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions", "archives", name);
        var check = Task.Run(() => ArchiveOracle.CheckFolder(folder, mustParseCleanly: false, emitDespiteErrors: true));

        var outcome = await check.WaitAsync(Limit);
        Assert.Empty(outcome.Violations);
    }

    public static IEnumerable<object[]> Sequences() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions", "lsp"), "*" + Transcript.Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(Sequences))]
    public async Task A_found_sequence_passes_every_language_server_check(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "tests", "fuzz", "regressions", "lsp", name));

        var outcome = await LspSession.RunAsync(Transcript.Read(bytes), TimeSpan.FromSeconds(30));

        Assert.Empty(outcome.Violations);
    }
}
