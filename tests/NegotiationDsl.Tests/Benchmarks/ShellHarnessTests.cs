using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>The shell harness that times whole processes from outside (R9): pairs in order, and a failing command stops the ratio.</summary>
public sealed class ShellHarnessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("negc-harness-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Each_pair_times_A_then_B_as_whole_commands()
    {
        var context = new RatioContext(RepoPaths.Root, _work, runs: 3, TextWriter.Null);

        var pairs = ShellHarness.Measure(context, "true", "sleep 0.2", runs: 3, warmups: 1, _work, new Dictionary<string, string>());

        Assert.Equal(3, pairs.Spread.Pairs);
        Assert.InRange(pairs.MedianB, 200, 10_000);
        Assert.True(pairs.MedianA < pairs.MedianB, $"A {pairs.MedianA} ms, B {pairs.MedianB} ms");
    }

    [Fact]
    public void A_failing_command_stops_the_measurement_with_its_output()
    {
        var context = new RatioContext(RepoPaths.Root, _work, runs: 1, TextWriter.Null);

        var error = Assert.Throws<InvalidOperationException>(() =>
            ShellHarness.Measure(context, "true", "echo broken-build; exit 3", runs: 1, warmups: 0, _work, new Dictionary<string, string>()));

        Assert.Contains("broken-build", error.Message, StringComparison.Ordinal);
    }
}
