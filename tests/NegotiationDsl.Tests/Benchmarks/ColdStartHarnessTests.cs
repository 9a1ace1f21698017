using System;
using System.Diagnostics;
using System.IO;
using NegotiationDsl.Benchmarks.Ratios;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// R6 is timed from outside the processes by ColdStart/time-starts.sh; the runner only reads its pairs. These prove the
/// harness interleaves the two commands, times each whole process, and stops at a start that fails.
/// </summary>
public sealed class ColdStartHarnessTests
{
    private static readonly string Script = Path.Combine(RatioContext.FindRepositoryRoot(), "tests", "NegotiationDsl.Benchmarks", "ColdStart", "time-starts.sh");

    [Fact]
    public void The_harness_prints_one_pair_per_run_each_timing_its_own_command()
    {
        var (exitCode, output, _) = Harness("3", "1", "/bin/sleep", "0.05", "--", "/bin/true");

        Assert.Equal(0, exitCode);
        var pairs = ColdStartHarness.Parse(output);
        Assert.Equal(3, pairs.Spread.Pairs);
        Assert.InRange(pairs.MedianA, 45, 5_000);
        Assert.True(pairs.MedianB < pairs.MedianA, $"the second command took {pairs.MedianB} ms, the first {pairs.MedianA} ms");
    }

    [Fact]
    public void A_start_that_fails_stops_the_harness_with_its_output()
    {
        var (exitCode, output, error) = Harness("3", "0", "/bin/true", "--", "/bin/sh", "-c", "echo broken; exit 4");

        Assert.Equal(3, exitCode);
        Assert.Equal("", output);
        Assert.Contains("exited 4", error, StringComparison.Ordinal);
        Assert.Contains("broken", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_milliseconds_in_pairs_and_refuses_anything_else()
    {
        var pairs = ColdStartHarness.Parse("12.500 4.250\n13.000 5.000\n");

        Assert.Equal((12.75, 4.625), (pairs.MedianA, pairs.MedianB));
        Assert.Throws<FormatException>(() => ColdStartHarness.Parse("12.5\n"));
    }

    private static (int ExitCode, string Output, string Error) Harness(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(arguments[0]);
        start.ArgumentList.Add(arguments[1]);
        start.ArgumentList.Add(Path.GetTempPath());
        foreach (var argument in arguments[2..]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
