using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// R6 and R9 are timed from outside the processes by Harness/interleave.sh; the runner only reads its pairs. These prove
/// that it interleaves the two commands, times each whole process, passes arguments and environment untouched, and
/// stops at a start that fails.
/// </summary>
public sealed class ShellHarnessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("negc-harness-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Each_pair_times_A_then_B_as_whole_processes()
    {
        var pairs = ShellHarness.Measure(Context(), ["/bin/true"], ["/bin/sleep", "0.2"], runs: 3, warmups: 1, _work);

        Assert.Equal(3, pairs.Spread.Pairs);
        Assert.InRange(pairs.MedianB, 195, 10_000);
        Assert.True(pairs.MedianA < pairs.MedianB, $"A {pairs.MedianA} ms, B {pairs.MedianB} ms");
    }

    [Fact]
    public void Arguments_are_not_shell_syntax_and_the_environment_and_folder_reach_the_command()
    {
        var marker = Path.Combine(_work, "out $(id) 'q'.txt");

        ShellHarness.Measure(Context(), ["/bin/sh", "-c", "printf '%s' \"$NEG_PROBE\" > \"$1\"; pwd >> \"$1\"", "sh", marker], ["/bin/true"], runs: 1, warmups: 0, _work,
            new Dictionary<string, string> { ["NEG_PROBE"] = "seen" });

        Assert.Equal("seen" + _work + "\n", File.ReadAllText(marker));
    }

    [Fact]
    public void A_failing_command_stops_the_measurement_with_its_output()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ShellHarness.Measure(Context(), ["/bin/true"], ["/bin/sh", "-c", "echo broken-build; exit 4"], runs: 3, warmups: 0, _work));

        Assert.Contains("exited 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("broken-build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_milliseconds_in_pairs_and_refuses_anything_else()
    {
        var pairs = ShellHarness.Parse("12.500 4.250\n13.000 5.000\n");

        Assert.Equal((12.75, 4.625), (pairs.MedianA, pairs.MedianB));
        Assert.Throws<FormatException>(() => ShellHarness.Parse("12.5\n"));
    }

    private RatioContext Context() => new(RepoPaths.Root, _work, runs: 1, TextWriter.Null);
}
