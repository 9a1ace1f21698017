using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Hosting.Output.Files;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// A build killed at any moment leaves every output either as it was before or as the finished build
/// writes it, never partial: negc runs as its own process and is killed with SIGKILL at points spread
/// over its run, while it reads, checks and writes. The system releases the killed build's lock on the folder, so
/// the build after each kill is never kept waiting.
/// </summary>
public sealed class InterruptedBuildTests : CliTestBase
{
    private const string OldContent = "old output of an earlier build\n";

    [Fact]
    public void A_build_killed_at_any_point_leaves_only_old_or_complete_files()
    {
        var input = Path.Combine(Folder, "records");
        CorpusGenerator.Write(input, 0.06); // 4 folders, 44 files: 20 outputs
        var reference = Path.Combine(Folder, "reference");
        Assert.Equal(0, Run("build", input, "-o", reference, "--target", "all").ExitCode);
        var expected = FilesUnder(reference);
        var output = Path.Combine(Folder, "out");
        var fullRun = TimeBuild(input, output);

        var kills = 0;
        for (var step = 1; step <= 6; step++)
        {
            if (!BuildKilledSoonAfter(input, output, expected.Keys, fullRun * step / 7)) continue;
            kills++;
            foreach (var (relative, content) in FilesUnder(output))
            {
                if (IsLeftoverTemporary(relative)) continue;
                Assert.True(expected.TryGetValue(relative, out var finished), $"unexpected file {relative}");
                Assert.True(content == OldContent || content == finished, $"{relative} is neither the old nor the finished output after a kill at step {step}");
            }
        }

        Assert.True(kills >= 3, $"only {kills} of 6 builds were still running when killed (a full run took {fullRun.TotalMilliseconds:0} ms)");
        Assert.Equal(0, Run("build", input, "-o", output, "--target", "all").ExitCode);
        var rebuilt = FilesUnder(output);
        Assert.Equal(expected, rebuilt);
    }

    private static bool IsLeftoverTemporary(string relative) =>
        Path.GetFileName(relative).StartsWith('.') && relative.EndsWith(".tmp", StringComparison.Ordinal);

    private static void FillWithOldContent(string output, IEnumerable<string> relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, OldContent);
        }
    }

    private static TimeSpan TimeBuild(string input, string output)
    {
        using var negc = StartNegc(input, output);
        var clock = Stopwatch.StartNew();
        Assert.True(negc.WaitForExit(120_000), "negc build did not finish in two minutes");
        Assert.Equal(0, negc.ExitCode);
        return clock.Elapsed;
    }

    /// <summary>
    /// Fills the outputs with old content and kills a build after <paramref name="delay"/>; when the build was done by
    /// then (the load on the machine changes how long a build takes), fills them again and tries after half as long,
    /// and a quarter. Never at once: a build killed while it starts has written nothing, and would count as a kill
    /// that proves nothing.
    /// </summary>
    /// <returns>True when a build was killed, false when even the build killed after a quarter of the delay had finished.</returns>
    private static bool BuildKilledSoonAfter(string input, string output, IEnumerable<string> outputs, TimeSpan delay)
    {
        foreach (var wait in new[] { delay, delay / 2, delay / 4 })
        {
            FillWithOldContent(output, outputs);
            if (BuildKilledAfter(input, output, wait)) return true;
        }

        return false;
    }

    /// <returns>True when negc was still running and was killed.</returns>
    private static bool BuildKilledAfter(string input, string output, TimeSpan delay)
    {
        using var negc = StartNegc(input, output);
        if (negc.WaitForExit(delay)) return false;
        negc.Kill(entireProcessTree: true);
        negc.WaitForExit();
        return true;
    }

    private static Process StartNegc(string input, string output)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "negc.dll"), "build", input, "-o", output, "--target", "all" })
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start negc");
    }

    /// <summary>The files under the folder, but the lock file (never written, the same empty file after every build).</summary>
    private static SortedDictionary<string, string> FilesUnder(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != OutputFolderLock.FileName)
            .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllText), StringComparer.Ordinal);
}
